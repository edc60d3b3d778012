import { describe, expect, it } from 'vitest';
import { horizontalRule } from '../../../../../src-shared/editor/nodes/horizontalrule';
import { pageBreak } from '../../../../../src-shared/editor/nodes/pagebreak';
import { paragraph } from '../../../../../src-shared/editor/nodes/paragraph';
import { textNode } from '../../../../../src-shared/editor/nodes/text';
import type { SerializedNodeShape } from '../../../../../src-shared/editor/serialized-content';
import { contentBlocks } from '../../../../../src-shared/export/docx/blocks';
import { blocksPackage, bodyParagraphs, wAttr, wElements } from '../../../../support/docx-package';
import { specContext } from './spec-context';

const para = (text: string) => paragraph([textNode(text)]);

async function exported(nodes: SerializedNodeShape[]) {
  const { context } = specContext();
  const pkg = await blocksPackage(contentBlocks(nodes, context));
  return { pkg, paragraphs: bodyParagraphs(pkg) };
}

describe('page breaks and horizontal rules in the Word file', () => {
  it("writes a page break as Word's own page break between the blocks around it", async () => {
    const { paragraphs } = await exported([para('Form A'), pageBreak(), para('Form B')]);
    expect(paragraphs.map((p) => p.text)).toEqual(['Form A', '', 'Form B']);
    const breaks = wElements(paragraphs[1]?.element as never, 'br');
    expect(breaks).toHaveLength(1);
    expect(wAttr(breaks[0], 'type')).toBe('page');
    // No other paragraph carries a break.
    expect(wElements(paragraphs[0]?.element as never, 'br')).toHaveLength(0);
    expect(wElements(paragraphs[2]?.element as never, 'br')).toHaveLength(0);
  });

  it('writes a horizontal rule as an empty paragraph with a single bottom border', async () => {
    const { paragraphs } = await exported([para('Above'), horizontalRule(), para('Below')]);
    expect(paragraphs.map((p) => p.text)).toEqual(['Above', '', 'Below']);
    const bottom = wElements(paragraphs[1]?.element as never, 'bottom');
    expect(bottom).toHaveLength(1);
    expect(wAttr(bottom[0], 'val')).toBe('single');
    expect(wElements(paragraphs[0]?.element as never, 'pBdr')).toHaveLength(0);
    expect(wElements(paragraphs[1]?.element as never, 'br')).toHaveLength(0);
  });
});
