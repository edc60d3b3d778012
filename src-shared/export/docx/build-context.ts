import type { FieldContext } from '../../fields/field-catalog';
import type { ExportWarnings } from '../export-warnings';
import type { Contents } from './contents';
import { ListInstances } from './numbering';

/** What the content builders share while one document is turned into Word content. */
export interface BuildContext {
  /** The document's number, for warnings. */
  documentId: string;
  fields: FieldContext;
  warnings: ExportWarnings;
  lists: ListInstances;
  /** 1 in the manual, where a document's own headings sit under its title (a Heading 1). */
  headingOffset: 0 | 1;
  /** Guidance for the author is left out of controlled copies; a review copy shows it, marked. */
  includeGuidance: boolean;
  /** The width between the margins, in twips: what tables fill. */
  textWidth: number;
  /** Whether the house style defines Word's TableGrid style (then tables use it instead of our borders). */
  tableStyle: string | null;
  /** The manual's table of contents, which its main headings join; null outside the manual. */
  contents: Contents | null;
}

export function buildContext(
  values: Omit<BuildContext, 'lists' | 'headingOffset' | 'includeGuidance' | 'tableStyle' | 'contents'> &
    Partial<Pick<BuildContext, 'lists' | 'headingOffset' | 'includeGuidance' | 'tableStyle' | 'contents'>>,
): BuildContext {
  return { headingOffset: 0, includeGuidance: false, tableStyle: null, contents: null, lists: new ListInstances(), ...values };
}
