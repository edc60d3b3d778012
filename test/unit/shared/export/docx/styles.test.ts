import { Document, Packer, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { heading } from '../../../../../src-shared/editor/nodes/heading';
import { paragraph } from '../../../../../src-shared/editor/nodes/paragraph';
import { documentContent } from '../../../../../src-shared/editor/nodes/root';
import { textNode } from '../../../../../src-shared/editor/nodes/text';
import { documentExport } from '../../../../../src-shared/export/docx/document-export';
import { styleIdsOf } from '../../../../../src-shared/export/docx/styles';
import { packWord, TEST_PROJECT, W, wAttr, wElements, type XmlElement } from '../../../../support/docx-package';
import { sampleMeta } from '../../../../support/sample-meta';

/** A client's house template, as Word would save it: its own Heading 1 and body font. */
async function houseStylesXml(): Promise<string> {
  const reference = new Document({
    styles: {
      default: { document: { run: { font: 'Georgia', size: 24 } } },
      paragraphStyles: [
        { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', run: { font: 'Georgia', color: 'C00000', size: 36 } },
        { id: 'ClientNote', name: 'Client Note', basedOn: 'Normal', run: { italics: true } },
      ],
    },
    sections: [{ children: [new Paragraph('Reference')] }],
  });
  const files = unzipSync(await Packer.pack(reference, 'uint8array'));
  return new TextDecoder().decode(files['word/styles.xml']);
}

function style(pkg: Awaited<ReturnType<typeof packWord>>, id: string): XmlElement | undefined {
  return wElements(pkg.xml('word/styles.xml'), 'style').find((s) => s.getAttributeNS(W, 'styleId') === id);
}

const exportWith = async (houseStylesXml: string | null) =>
  packWord(
    documentExport(
      {
        meta: sampleMeta('PRO-001'),
        content: documentContent([heading('h1', [textNode('Purpose')]), paragraph([textNode('Text')])]),
        source: 'working',
        revisions: [],
      },
      { ...TEST_PROJECT, houseStylesXml },
    ).file,
  );

describe('styles', () => {
  it('defines Word’s own styles, with outline levels for Heading 1-3, when there is no house style', async () => {
    const pkg = await exportWith(null);
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'ListParagraph', 'Quote', 'Header', 'Footer']) {
      expect(style(pkg, id), id).toBeDefined();
    }
    expect(wAttr(wElements(style(pkg, 'Heading2') as XmlElement, 'outlineLvl')[0], 'val')).toBe('1');
  });

  it('takes the house style’s definitions and adds only the styles it lacks', async () => {
    const house = await houseStylesXml();
    const pkg = await exportWith(house);
    const heading1 = style(pkg, 'Heading1') as XmlElement;
    expect(wAttr(wElements(heading1, 'color')[0], 'val')).toBe('C00000');
    expect(wAttr(wElements(heading1, 'rFonts')[0], 'ascii')).toBe('Georgia');
    expect(style(pkg, 'ClientNote')).toBeDefined();
    // Ours, which no house template has, are added so guidance and the DRAFT marking still look right.
    expect(style(pkg, 'QmsGuidance')).toBeDefined();
    expect(style(pkg, 'QmsDraftMark')).toBeDefined();
    // Never two definitions of one style: Word would take the first and the house style could lose.
    expect(pkg.parts['word/styles.xml']?.match(/w:styleId="Heading1"/g)).toHaveLength(1);
    expect(styleIdsOf(house).has('QmsGuidance')).toBe(false);
  });
});
