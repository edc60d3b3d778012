import { AlignmentType, Footer, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import { STYLE } from '../styles';
import { UNCONTROLLED } from './control-text';

export interface FooterFacts {
  number: string;
  revision: string;
  /** The effective date, or "Not yet approved". */
  effectiveDate: string;
  marking: string | null;
}

/**
 * The running footer: number, revision and effective date on the left, "Page X of Y"
 * on the right as real PAGE and NUMPAGES fields, and the uncontrolled-copy notice.
 */
export function documentFooter(facts: FooterFacts, width: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        border: { top: { style: 'single', size: 6, color: '8C8C8C', space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [
          new TextRun(`${facts.number}   Revision ${facts.revision}   Effective: ${facts.effectiveDate}`),
          ...(facts.marking ? [new TextRun({ text: `   ${facts.marking}`, bold: true, color: 'B00020' })] : []),
          new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: UNCONTROLLED, italics: true })],
      }),
    ],
  });
}
