import { BorderStyle, PageBreak, Paragraph } from 'docx';

/**
 * A horizontal rule as Word draws one: an empty paragraph with a thin bottom border, so
 * a house template can restyle it and it never becomes a drawing object.
 *
 * @example horizontalRuleBlock() // <w:p><w:pPr><w:pBdr><w:bottom w:val="single" .../></w:pBdr></w:pPr></w:p>
 */
export function horizontalRuleBlock(): Paragraph {
  return new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } },
    children: [],
  });
}

/**
 * A page break as Word's own break (`<w:br w:type="page"/>`): the next block starts a new
 * page in Word, in print and in a PDF made from the file.
 */
export function pageBreakBlock(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}
