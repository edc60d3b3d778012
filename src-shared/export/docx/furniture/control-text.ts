import { DOCUMENT_STATUS_LABELS } from '../../../project/document-status';
import { type ControlMarking, controlMarking, type ExportDocument } from '../../export-model';

/** The words the furniture uses, in one place so header, footer and control block agree. */
export const NOT_SET = 'Not assigned';
export const NOT_APPROVED = 'Not yet approved';
export const UNCONTROLLED = 'Uncontrolled when printed';

export interface ControlFacts {
  number: string;
  title: string;
  revision: string;
  status: string;
  owner: string;
  author: string;
  reviewer: string;
  approvedBy: string;
  approvalDate: string;
  effectiveDate: string;
  nextReviewDate: string;
  marking: ControlMarking;
}

const orNotSet = (value: string) => (value.trim() ? value.trim() : NOT_SET);

/**
 * The control data of the copy being exported. A draft shows "Not yet approved": the
 * approval of the revision still in force is not this revision's.
 */
export function controlFacts(document: ExportDocument): ControlFacts {
  const { meta } = document;
  const marking = controlMarking(document);
  const approved = marking !== 'DRAFT' && meta.effective !== null && meta.effective.revision === meta.revision;
  const effective = approved ? meta.effective : null;
  return {
    number: meta.id,
    title: meta.title,
    revision: meta.revision,
    status: document.source === 'approved' && marking === null ? 'Approved' : DOCUMENT_STATUS_LABELS[meta.status],
    owner: orNotSet(meta.owner),
    author: orNotSet(meta.author),
    reviewer: orNotSet(meta.reviewer),
    approvedBy: effective?.approvedBy ?? NOT_APPROVED,
    approvalDate: effective?.approvedOn ?? NOT_APPROVED,
    effectiveDate: effective?.effectiveDate ?? NOT_APPROVED,
    nextReviewDate: effective ? (meta.nextReviewDate ?? NOT_SET) : 'Set on approval',
    marking,
  };
}

/** "Revision 3 is a draft: not approved and not in force. Revision 2 remains in force." */
export function markingSentence(document: ExportDocument): string | null {
  const marking = controlMarking(document);
  if (marking === 'OBSOLETE') return `Obsolete: ${document.meta.id} is withdrawn and must not be used.`;
  if (marking !== 'DRAFT') return null;
  const inForce = document.meta.effective;
  return `Draft: revision ${document.meta.revision} is not approved and not in force.${
    inForce ? ` Revision ${inForce.revision} remains in force.` : ''
  }`;
}
