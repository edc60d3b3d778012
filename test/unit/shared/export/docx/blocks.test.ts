import { describe, expect, it } from 'vitest';
import { guidance } from '../../../../../src-shared/editor/nodes/guidance';
import { heading } from '../../../../../src-shared/editor/nodes/heading';
import { horizontalRule } from '../../../../../src-shared/editor/nodes/horizontalrule';
import { NODE_MODULES } from '../../../../../src-shared/editor/nodes/index';
import { list } from '../../../../../src-shared/editor/nodes/list';
import { listItem } from '../../../../../src-shared/editor/nodes/listitem';
import { pageBreak } from '../../../../../src-shared/editor/nodes/pagebreak';
import { paragraph } from '../../../../../src-shared/editor/nodes/paragraph';
import { quote } from '../../../../../src-shared/editor/nodes/quote';
import { table } from '../../../../../src-shared/editor/nodes/table';
import { HEADER_STATE, tableCell } from '../../../../../src-shared/editor/nodes/tablecell';
import { tableRow } from '../../../../../src-shared/editor/nodes/tablerow';
import { textNode } from '../../../../../src-shared/editor/nodes/text';
import type { SerializedNodeShape } from '../../../../../src-shared/editor/serialized-content';
import { contentBlocks } from '../../../../../src-shared/export/docx/blocks';
import { GUIDANCE_LABEL } from '../../../../../src-shared/export/docx/guidance';
import { blocksPackage, bodyParagraphs, W, wAttr, wElements } from '../../../../support/docx-package';
import { specContext } from './spec-context';

const para = (text: string) => paragraph([textNode(text)]);

async function exported(nodes: SerializedNodeShape[], options: Parameters<typeof specContext>[0] = {}) {
  const { context, warnings } = specContext(options);
  const pkg = await blocksPackage(contentBlocks(nodes, context));
  return { pkg, paragraphs: bodyParagraphs(pkg), warnings };
}

const SAMPLES: Record<string, SerializedNodeShape> = {
  paragraph: para('A paragraph'),
  heading: heading('h2', [textNode('A heading')]),
  quote: quote([textNode('A quotation')]),
  list: list('bullet', [listItem([textNode('An item')])]),
  table: table([tableRow([tableCell([para('A cell')])])]),
  guidance: guidance([para('A note for the author')]),
  horizontalrule: horizontalRule(),
  'page-break': pageBreak(),
};

describe('content blocks', () => {
  it('has a builder for every block type of the node set', async () => {
    const blockTypes = NODE_MODULES.filter((module) => module.role === 'block').map((module) => module.type);
    expect(Object.keys(SAMPLES).sort()).toEqual([...blockTypes].sort());
    const { context } = specContext({ includeGuidance: true });
    for (const type of blockTypes) {
      expect(contentBlocks([SAMPLES[type] as SerializedNodeShape], context).length, type).toBeGreaterThan(0);
    }
  });

  it("writes h1-h3 in Word's Heading 1-3 styles, which the navigation pane and contents read", async () => {
    const { paragraphs } = await exported([
      heading('h1', [textNode('Purpose')]),
      heading('h2', [textNode('Who')]),
      heading('h3', [textNode('Detail')]),
      para('Body'),
    ]);
    expect(paragraphs.map(({ style, text }) => [style, text])).toEqual([
      ['Heading1', 'Purpose'],
      ['Heading2', 'Who'],
      ['Heading3', 'Detail'],
      [null, 'Body'],
    ]);
  });

  it('puts headings one level down in the manual, under the document title', async () => {
    const { paragraphs } = await exported([heading('h1', [textNode('Purpose')]), heading('h3', [textNode('Detail')])], {
      headingOffset: 1,
    });
    expect(paragraphs.map((p) => p.style)).toEqual(['Heading2', 'Heading4']);
  });

  it("writes a quotation in Word's Quote style and keeps a paragraph's alignment", async () => {
    const centred = { ...para('Centred'), format: 'center' };
    const { paragraphs } = await exported([quote([textNode('Quoted')]), centred]);
    expect(paragraphs[0]?.style).toBe('Quote');
    expect(wAttr(wElements(paragraphs[1]?.element as never, 'jc')[0], 'val')).toBe('center');
  });

  it('leaves guidance for the author out of a controlled copy', async () => {
    const { paragraphs } = await exported([para('Before'), guidance([para('Say who approves what.')]), para('After')]);
    expect(paragraphs.map((p) => p.text)).toEqual(['Before', 'After']);
  });

  it('shows guidance in a review copy, labelled and in its own shaded style', async () => {
    const { paragraphs } = await exported(
      [guidance([para('Say who approves what.'), list('bullet', [listItem([textNode('Name the approver')])])])],
      { includeGuidance: true },
    );
    expect(paragraphs.map((p) => [p.style, p.text])).toEqual([
      ['QmsGuidance', GUIDANCE_LABEL],
      ['QmsGuidance', 'Say who approves what.'],
      ['QmsGuidance', '•\tName the approver'],
    ]);
  });

  const headerTable = table([
    tableRow([tableCell([para('Record')], HEADER_STATE.row)]),
    tableRow([tableCell([para('Audit report')])]),
  ]);

  it('draws the header row from the QMS Table style (shaded, bold), turned on by the table’s header-row look', async () => {
    const { pkg } = await exported([headerTable]);
    const xml = pkg.xml('word/document.xml');
    expect(wAttr(wElements(xml, 'tblStyle')[0], 'val')).toBe('QmsTable');
    expect(wAttr(wElements(xml, 'tblLook')[0], 'firstRow')).toMatch(/^(1|true|on)$/);
    // Nothing drawn on the cells: a client restyles every table by restyling QMS Table.
    expect(wElements(xml, 'tc').flatMap((cell) => [...wElements(cell, 'b'), ...wElements(cell, 'shd')])).toEqual([]);
    const style = wElements(pkg.xml('word/styles.xml'), 'style').find((s) => s.getAttributeNS(W, 'styleId') === 'QmsTable');
    const firstRow = wElements(style as never, 'tblStylePr').find((part) => wAttr(part, 'type') === 'firstRow');
    expect(wElements(firstRow as never, 'b')).toHaveLength(1);
    expect(wAttr(wElements(firstRow as never, 'shd')[0], 'fill')).toBe('E7ECF5');
  });

  it('draws a header row on its cells under a house Table Grid, which has no header look', async () => {
    const { pkg } = await exported([headerTable], { tableStyle: 'TableGrid' });
    const cells = wElements(pkg.xml('word/document.xml'), 'tc');
    expect(wAttr(wElements(pkg.xml('word/document.xml'), 'tblStyle')[0], 'val')).toBe('TableGrid');
    expect(wElements(cells[0] as never, 'b')).toHaveLength(1);
    expect(wElements(cells[0] as never, 'shd')).toHaveLength(1);
    expect(wElements(cells[1] as never, 'b')).toHaveLength(0);
  });
});
