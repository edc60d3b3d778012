import type { Document } from 'docx';
import type { ExportDocument, ExportProject } from '../export-model';
import { ExportWarnings } from '../export-warnings';
import { safeDocument, safeProject } from '../xml-safe';
import { documentSection } from './document-section';
import { ListInstances } from './numbering';
import { tableStyleOf, wordFile } from './word-file';

export interface DocumentExportOptions {
  /** A review copy: guidance for the author shown, marked. Never for a controlled copy. */
  includeGuidance?: boolean;
}

/**
 * One controlled document as a Word file.
 *
 * @example
 * const { file, warnings } = documentExport(document, project);
 * const bytes = await Packer.toBuffer(file);
 */
export function documentExport(
  input: ExportDocument,
  projectInput: ExportProject,
  options: DocumentExportOptions = {},
): { file: Document; warnings: string[] } {
  const document = safeDocument(input);
  const project = safeProject(projectInput);
  const warnings = new ExportWarnings();
  const includeGuidance = options.includeGuidance === true;
  if (includeGuidance) warnings.add(document.meta.id, 'a review copy: guidance for the author is included, marked as such.');
  const section = documentSection(document, project, {
    warnings,
    lists: new ListInstances(),
    includeGuidance,
    inManual: false,
    tableStyle: tableStyleOf(project),
  });
  const file = wordFile(project, [section], {
    title: `${document.meta.id} ${document.meta.title}`,
    description: `${document.meta.id} revision ${document.meta.revision}`,
  });
  return { file, warnings: warnings.list() };
}
