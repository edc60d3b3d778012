import { Packer } from 'docx';
import type { ResponseOf } from '../../../src-shared/api/contract';
import { DomainError } from '../../../src-shared/api/result';
import { masterList } from '../../../src-shared/control/master-list';
import { documentExport } from '../../../src-shared/export/docx/document-export';
import { manualExport } from '../../../src-shared/export/docx/manual-export';
import { registerExport } from '../../../src-shared/export/docx/register-export';
import type { ExportDocument } from '../../../src-shared/export/export-model';
import { exportFileName } from '../../../src-shared/export/export-names';
import { defaultManualDocuments } from '../../../src-shared/export/manual-order';
import { registerCsv } from '../../../src-shared/export/register-csv';
import { tailoringWarnings } from '../../../src-shared/tailoring/tailoring';
import type { ProjectStore } from '../project-store';
import { exportDocumentSource, exportProject, manualDocumentSource } from './export-sources';

/** A finished export: the file's bytes, the name it is offered under and what the user should know. */
export interface ExportedFile {
  bytes: Uint8Array;
  fileName: string;
  warnings: string[];
  /** Documents in it. */
  documents: number;
}

/** Where an export has got to, for a progress bar (the contract's export-progress, once it has started). */
export type ExportProgress = Omit<ResponseOf<'export-progress'>, 'phase'> & {
  phase: Exclude<ResponseOf<'export-progress'>['phase'], 'waiting'>;
};

export type ProgressListener = (progress: ExportProgress) => void;

async function untailored(store: ProjectStore, document: ExportDocument): Promise<string[]> {
  const figures = await store.tailoringOf(document.meta, document.content);
  return tailoringWarnings(figures).map((warning) => `${document.meta.id}: ${warning}`);
}

/** One document: its working revision or, with `approved`, the revision in force. */
export async function exportDocumentFile(
  store: ProjectStore,
  request: { id: string; approved: boolean; includeGuidance: boolean },
): Promise<ExportedFile> {
  const document = await exportDocumentSource(store, request.id, request.approved);
  const { project, warnings: assets } = await exportProject(store);
  const { file, warnings } = documentExport(document, project, { includeGuidance: request.includeGuidance });
  return {
    bytes: await Packer.pack(file, 'uint8array'),
    fileName: exportFileName({
      kind: 'document',
      meta: document.meta,
      organization: project.organization.name,
      today: project.today,
    }),
    warnings: [...assets, ...warnings, ...(await untailored(store, document))],
    documents: 1,
  };
}

/** The documents of the manual: the ids given (checked), or every document with a revision in force. */
async function manualIds(
  store: ProjectStore,
  ids: readonly string[] | undefined,
): Promise<{ ids: string[]; warnings: string[] }> {
  const { documents, damaged } = await store.loadAllDocuments();
  if (ids && ids.length > 0) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) throw new DomainError('invalid-request', `${id} is listed twice for the manual.`);
      seen.add(id);
      const meta = documents.find((document) => document.meta.id === id)?.meta;
      if (!meta && !damaged.some((file) => file.file.endsWith(`/${id}.json`)))
        throw new DomainError('not-found', `There is no document ${id} in this project.`);
      if (meta?.status === 'obsolete') throw new DomainError('invalid-request', `${id} is obsolete; leave it out of the manual.`);
    }
    return { ids: [...ids], warnings: [] };
  }
  const chosen = defaultManualDocuments(documents.map((document) => document.meta));
  if (chosen.length === 0) {
    throw new DomainError(
      'invalid-request',
      'No document has an approved revision yet: approve some first, or choose the documents to include.',
    );
  }
  return { ids: chosen, warnings: damaged.map((file) => `${file.file} is damaged and was left out: ${file.reason}`) };
}

/**
 * The manual: each document at its revision in force (a document never approved goes
 * in as its draft, marked DRAFT, and a warning says so), in the order given or the
 * manual's default order.
 */
export async function exportManualFile(
  store: ProjectStore,
  request: { ids?: readonly string[] | undefined },
  progress: ProgressListener = () => {},
): Promise<ExportedFile> {
  const chosen = await manualIds(store, request.ids);
  const { project, warnings: assets } = await exportProject(store);
  const documents: ExportDocument[] = [];
  const warnings = [...assets, ...chosen.warnings];
  for (const [index, id] of chosen.ids.entries()) {
    progress({ phase: 'reading', done: index, total: chosen.ids.length });
    const { document, warning } = await manualDocumentSource(store, id);
    documents.push(document);
    if (warning) warnings.push(warning);
    warnings.push(...(await untailored(store, document)));
  }
  const built = await manualExport(documents, project, {
    onProgress: async (done, total) => {
      progress({ phase: 'building', done, total });
      // Let the event loop answer progress requests between documents.
      await new Promise((resolve) => setImmediate(resolve));
    },
  });
  progress({ phase: 'writing', done: documents.length, total: documents.length });
  return {
    bytes: await Packer.pack(built.file, 'uint8array'),
    fileName: exportFileName({ kind: 'manual', organization: project.organization.name, today: project.today }),
    warnings: [...built.warnings, ...warnings],
    documents: documents.length,
  };
}

/** The master document list, as a Word table or as CSV. */
export async function exportRegisterFile(store: ProjectStore, format: 'docx' | 'csv'): Promise<ExportedFile> {
  const view = await store.getProject();
  const rows = masterList(view.documents, view.today);
  const warnings = view.damaged.map((file) => `${file.file} is damaged and is not in the list: ${file.reason}`);
  const fileName = exportFileName({ kind: 'register', format, organization: view.organization.name, today: view.today });
  if (format === 'csv') return { bytes: new TextEncoder().encode(registerCsv(rows)), fileName, warnings, documents: rows.length };
  const { project, warnings: assets } = await exportProject(store);
  const { file } = registerExport(rows, project);
  return { bytes: await Packer.pack(file, 'uint8array'), fileName, warnings: [...assets, ...warnings], documents: rows.length };
}
