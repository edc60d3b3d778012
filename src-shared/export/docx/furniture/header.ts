import {
  AlignmentType,
  BorderStyle,
  Header,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ExportLogo } from '../../export-model';
import { STYLE } from '../styles';
import { logoRun } from './logo';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '8C8C8C' } as const;

export interface HeaderFacts {
  organizationName: string;
  title: string;
  logo: ExportLogo | null;
  /** "DRAFT" or "OBSOLETE" on every page of a copy that is not in force. */
  marking: string | null;
}

/**
 * The running header of a controlled document: the logo on the left, the organization's
 * name and the document's title on the right (without a logo, the name stands on the
 * left), a rule below, and the DRAFT marking on every page of a copy that is not approved.
 */
export function documentHeader(facts: HeaderFacts, width: number): Header {
  const left: ParagraphChild[] = facts.logo
    ? [logoRun(facts.logo, 40, 200)]
    : [new TextRun({ text: facts.organizationName, bold: true })];
  const right = [
    // Without a logo the name already stands on the left.
    ...(facts.logo
      ? [new Paragraph({ style: STYLE.header, alignment: AlignmentType.RIGHT, children: [new TextRun(facts.organizationName)] })]
      : []),
    new Paragraph({
      style: STYLE.header,
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: facts.title, bold: true })],
    }),
    ...(facts.marking
      ? [
          new Paragraph({
            style: STYLE.draftMark,
            alignment: AlignmentType.RIGHT,
            spacing: { after: 0 },
            children: [new TextRun(`${facts.marking}: not in force`)],
          }),
        ]
      : []),
  ];
  const third = Math.round(width / 3);
  return new Header({
    children: [
      new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: [third, width - third],
        layout: TableLayoutType.FIXED,
        borders: { top: NONE, left: NONE, right: NONE, bottom: RULE, insideHorizontal: NONE, insideVertical: NONE },
        rows: [
          new TableRow({
            children: [
              new TableCell({
                width: { size: third, type: WidthType.DXA },
                verticalAlign: VerticalAlign.CENTER,
                children: [new Paragraph({ style: STYLE.header, children: left })],
              }),
              new TableCell({
                width: { size: width - third, type: WidthType.DXA },
                verticalAlign: VerticalAlign.CENTER,
                children: right,
              }),
            ],
          }),
        ],
      }),
      new Paragraph({ style: STYLE.header, children: [] }),
    ],
  });
}
