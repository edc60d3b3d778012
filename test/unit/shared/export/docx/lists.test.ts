import { describe, expect, it } from 'vitest';
import { list } from '../../../../../src-shared/editor/nodes/list';
import { listItem } from '../../../../../src-shared/editor/nodes/listitem';
import { paragraph } from '../../../../../src-shared/editor/nodes/paragraph';
import { textNode } from '../../../../../src-shared/editor/nodes/text';
import type { SerializedNodeShape } from '../../../../../src-shared/editor/serialized-content';
import { contentBlocks } from '../../../../../src-shared/export/docx/blocks';
import { CHECK_BOX } from '../../../../../src-shared/export/docx/lists';
import { blocksPackage, bodyParagraphs, type WordPackage, wAttr, wElements } from '../../../../support/docx-package';
import { specContext } from './spec-context';

const item = (text: string, checked?: boolean) => listItem([textNode(text)], 0, checked);

async function exported(nodes: SerializedNodeShape[]) {
  const { context } = specContext();
  const pkg = await blocksPackage(contentBlocks(nodes, context));
  return { pkg, paragraphs: bodyParagraphs(pkg) };
}

/** A list paragraph's numbering: the w:num it uses and its level. */
function numbering(element: Parameters<typeof wElements>[0]) {
  const numPr = wElements(element, 'numPr')[0];
  if (!numPr) return null;
  return { numId: wAttr(wElements(numPr, 'numId')[0], 'val'), level: Number(wAttr(wElements(numPr, 'ilvl')[0], 'val')) };
}

/** The number format of the abstract numbering a w:num points to, at a level. */
function formatOf(pkg: WordPackage, numId: string | null, level: number): string | null {
  const numberingXml = pkg.xml('word/numbering.xml');
  const num = wElements(numberingXml, 'num').find((n) => wAttr(n, 'numId') === numId);
  const abstractId = wAttr(wElements(num as never, 'abstractNumId')[0], 'val');
  const abstract = wElements(numberingXml, 'abstractNum').find((a) => wAttr(a, 'abstractNumId') === abstractId);
  const lvl = wElements(abstract as never, 'lvl').find((l) => wAttr(l, 'ilvl') === String(level));
  return wAttr(wElements(lvl as never, 'numFmt')[0], 'val');
}

describe('lists', () => {
  it('numbers a numbered list through real Word numbering, in List Paragraph style', async () => {
    const { pkg, paragraphs } = await exported([list('number', [item('Raise the request'), item('Approve it')])]);
    expect(paragraphs.map((p) => [p.style, p.text])).toEqual([
      ['ListParagraph', 'Raise the request'],
      ['ListParagraph', 'Approve it'],
    ]);
    const first = numbering(paragraphs[0]?.element as never);
    expect(first).toEqual(numbering(paragraphs[1]?.element as never));
    expect(formatOf(pkg, first?.numId ?? null, 0)).toBe('decimal');
  });

  it('starts every numbered list again at 1: each list has its own numbering instance', async () => {
    const { paragraphs } = await exported([
      list('number', [item('One'), item('Two')]),
      paragraph([textNode('Between')]),
      list('number', [item('One again')]),
    ]);
    const [a, , , c] = paragraphs.map((p) => numbering(p.element as never));
    expect(a?.numId).not.toBe(c?.numId);
  });

  it('keeps nesting as list levels within the same list', async () => {
    const nested = listItem([list('number', [listItem([textNode('Sub-step')])])]);
    const { pkg, paragraphs } = await exported([list('number', [item('Step'), nested, item('Next step')])]);
    const levels = paragraphs.map((p) => numbering(p.element as never));
    expect(paragraphs.map((p) => p.text)).toEqual(['Step', 'Sub-step', 'Next step']);
    expect(levels.map((l) => l?.level)).toEqual([0, 1, 0]);
    expect(new Set(levels.map((l) => l?.numId)).size).toBe(1);
    expect(formatOf(pkg, levels[1]?.numId ?? null, 1)).toBe('lowerLetter');
  });

  it('bullets a bulleted list through Word numbering', async () => {
    const { pkg, paragraphs } = await exported([list('bullet', [item('Policies')])]);
    const numbered = numbering(paragraphs[0]?.element as never);
    expect(formatOf(pkg, numbered?.numId ?? null, 0)).toBe('bullet');
  });

  it('writes a check list as ☐ and ☒ boxes, without numbering', async () => {
    const { paragraphs } = await exported([list('check', [item('Calibrated', true), item('Labelled', false)])]);
    expect(paragraphs.map((p) => p.text)).toEqual([`${CHECK_BOX.done}\tCalibrated`, `${CHECK_BOX.open}\tLabelled`]);
    expect(paragraphs.map((p) => numbering(p.element as never))).toEqual([null, null]);
  });
});
