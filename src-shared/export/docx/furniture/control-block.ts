import { Paragraph, type Table, TextRun } from 'docx';
import { STYLE } from '../styles';
import type { ControlFacts } from './control-text';
import { factTable } from './fact-table';

export const CONTROL_BLOCK_HEADING = 'Document control';

/**
 * The document control block on the first page: number, revision, status, owner,
 * author, reviewer, approver, approval, effective and next review dates, as label and
 * value pairs two to a row.
 */
export function controlBlock(facts: ControlFacts, width: number): Array<Paragraph | Table> {
  const label = Math.round(width * 0.22);
  const value = Math.round(width / 2) - label;
  return [
    new Paragraph({ style: STYLE.furnitureHeading, children: [new TextRun(CONTROL_BLOCK_HEADING)] }),
    factTable(
      null,
      [
        ['Document number', facts.number, 'Revision', facts.revision],
        ['Status', facts.status, 'Owner', facts.owner],
        ['Author', facts.author, 'Reviewer', facts.reviewer],
        ['Approved by', facts.approvedBy, 'Approval date', facts.approvalDate],
        ['Effective date', facts.effectiveDate, 'Next review', facts.nextReviewDate],
      ],
      [label, value, label, width - 2 * label - value],
    ),
  ];
}
