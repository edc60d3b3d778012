import type { SerializedContent } from '../editor/serialized-content';
import type { DocumentMeta, Organization } from '../project/schema';
import type { PageSize } from './page-setup';

/** The organization's logo, read and measured by whoever reads the disk. */
export interface ExportLogo {
  type: 'png' | 'jpg';
  data: Uint8Array;
  /** Its size in pixels, to keep its proportions. */
  width: number;
  height: number;
}

/** What every exported file of a project shares. */
export interface ExportProject {
  organization: Organization;
  reviewPeriodMonths: number;
  pageSize: PageSize;
  logo: ExportLogo | null;
  /** The styles.xml of the project's reference Word document (its house style), or null for ours. */
  houseStylesXml: string | null;
  /** The date of the export, YYYY-MM-DD. */
  today: string;
}

/** One line of a document's revision history: an approved revision, or the draft in preparation. */
export interface RevisionRow {
  revision: string;
  /** Approval date, or null for the draft. */
  date: string | null;
  description: string;
  /** The approver, or null for the draft. */
  approvedBy: string | null;
}

/** One document as it is exported. */
export interface ExportDocument {
  /** The metadata of the revision exported (a snapshot's, for the approved revision). */
  meta: DocumentMeta;
  content: SerializedContent;
  /** The approved revision in force (from its snapshot), or the working revision. */
  source: 'approved' | 'working';
  /** Approved revisions, oldest first, then the draft if one is exported. */
  revisions: RevisionRow[];
}

/** What marks a copy as not in force: null on an approved revision. */
export type ControlMarking = 'DRAFT' | 'OBSOLETE' | null;

export function controlMarking(document: Pick<ExportDocument, 'meta' | 'source'>): ControlMarking {
  if (document.meta.status === 'obsolete') return 'OBSOLETE';
  if (document.source === 'approved' || document.meta.status === 'approved') return null;
  return 'DRAFT';
}
