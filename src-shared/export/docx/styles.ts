import type { ICharacterStyleOptions, IParagraphStyleOptions, IStylesOptions } from 'docx';

/**
 * The styles an export uses, by Word's own ids, so a client's house template restyles
 * the file: Title, Heading 1-4 (4 only in the manual, where each document's title is a
 * Heading 1), Quote, List Paragraph, Header, Footer. The few of our own (guidance, the
 * DRAFT marking, the control headings and the QMS Table table style) are named Qms… so
 * they never clash with a house style.
 */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  quote: 'Quote',
  listParagraph: 'ListParagraph',
  header: 'Header',
  footer: 'Footer',
  hyperlink: 'Hyperlink',
  guidance: 'QmsGuidance',
  draftMark: 'QmsDraftMark',
  furnitureHeading: 'QmsFurnitureHeading',
} as const;

export const HEADING_STYLES = ['Heading1', 'Heading2', 'Heading3', 'Heading4'] as const;

const FONT = 'Calibri';
const INK = '1F2937';
const ACCENT = '1F3864';
const MUTED = '595959';

/** Word's built-in paragraph styles as we set them when there is no house style. */
function wordStyles(): IParagraphStyleOptions[] {
  const heading = (level: number, size: number, before: number): IParagraphStyleOptions => ({
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: ACCENT, italics: level === 4 },
    // The outline level is what Word's navigation pane and the table of contents read.
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
  });
  return [
    {
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: 40, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 0, after: 240 }, keepNext: true },
    },
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: 28, color: MUTED },
      paragraph: { spacing: { after: 240 } },
    },
    heading(1, 32, 360),
    heading(2, 26, 280),
    heading(3, 23, 240),
    heading(4, 22, 200),
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: MUTED },
      paragraph: { indent: { left: 567, right: 567 } },
    },
    {
      id: 'ListParagraph',
      name: 'List Paragraph',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { after: 60 }, contextualSpacing: true },
    },
    // The contents' entries; Word uses them when it updates the table, LibreOffice as they are.
    {
      id: 'TOC1',
      name: 'toc 1',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { spacing: { before: 120, after: 40 } },
      run: { bold: true },
    },
    {
      id: 'TOC2',
      name: 'toc 2',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { indent: { left: 220 }, spacing: { after: 40 } },
    },
    { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: 18, color: MUTED }, paragraph: { spacing: { after: 0 } } },
    { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: 16, color: MUTED }, paragraph: { spacing: { after: 0 } } },
  ];
}

function hyperlinkStyle(): ICharacterStyleOptions {
  return {
    id: STYLE.hyperlink,
    name: 'Hyperlink',
    basedOn: 'DefaultParagraphFont',
    run: { color: '0563C1', underline: { type: 'single' } },
  };
}

/** Our own styles: added to any house style, as it cannot know them. */
function ownStyles(): IParagraphStyleOptions[] {
  return [
    {
      id: STYLE.guidance,
      name: 'QMS Guidance',
      basedOn: 'Normal',
      run: { color: '7A4A00', size: 20 },
      paragraph: {
        shading: { type: 'clear', fill: 'FFF4D6', color: 'auto' },
        border: { left: { style: 'single', size: 18, color: 'D99A00', space: 6 } },
        indent: { left: 170 },
        spacing: { after: 60 },
      },
    },
    {
      id: STYLE.draftMark,
      name: 'QMS Draft Marking',
      basedOn: 'Normal',
      run: { bold: true, color: 'B00020' },
      paragraph: { spacing: { after: 120 } },
    },
    {
      id: STYLE.furnitureHeading,
      name: 'QMS Control Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: true, color: ACCENT },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
    },
  ];
}

/**
 * The style set of an export. With a house style (the reference document's styles.xml)
 * only the styles it lacks are added, as pandoc's --reference-doc does; without one, a
 * clean built-in set.
 */
export function exportStyles(houseStyleIds: ReadonlySet<string> | null): IStylesOptions {
  const own = ownStyles();
  if (houseStyleIds) {
    return {
      paragraphStyles: [...wordStyles().filter((style) => !houseStyleIds.has(style.id)), ...own],
      characterStyles: houseStyleIds.has(STYLE.hyperlink) ? [] : [hyperlinkStyle()],
    };
  }
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, color: INK },
        // lineRule auto said outright: LibreOffice reads a bare line value as exact and crops pictures in the line.
        paragraph: { spacing: { after: 120, line: 276, lineRule: 'auto' } },
      },
      hyperlink: { run: { color: '0563C1', underline: { type: 'single' } } },
    },
    paragraphStyles: [...wordStyles(), ...own],
  };
}

/** The style ids a styles.xml defines (w:styleId="…"). */
export function styleIdsOf(stylesXml: string): Set<string> {
  return new Set([...stylesXml.matchAll(/w:styleId="([^"]+)"/g)].map((match) => match[1] as string));
}
