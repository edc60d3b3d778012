import { DomainError } from '../../src-shared/api/result';
import { writeExportFile } from '../services/export/export-file';
import {
  type ExportedFile,
  type ExportProgress,
  exportDocumentFile,
  exportManualFile,
  exportRegisterFile,
} from '../services/export/export-service';
import type { WorkspaceHost } from '../services/open-workspace';
import type { Handlers } from './dispatcher';

/** The save dialog: the suggested name in, the chosen path out (null when cancelled). */
export type SaveFileChooser = (suggestedName: string, format: 'docx' | 'csv') => Promise<string | null>;

/** How many exports may run at once: each holds a whole Word file in memory. */
const MAX_RUNNING = 4;

/**
 * Export and its progress. An export reports how far it has got under the job id the
 * window chose, so a progress bar can ask while the export call is still running. The
 * desktop program asks where to save once the file is built; browser mode hands the
 * bytes back for the browser to download.
 */
export function createExportHandlers(
  host: WorkspaceHost,
  chooseSaveFile: SaveFileChooser | undefined,
): Pick<Handlers, 'export-file' | 'export-progress'> {
  const running = new Map<string, ExportProgress>();
  return {
    'export-progress': async ({ job }) => running.get(job) ?? { phase: 'waiting', done: 0, total: 0 },
    'export-file': async (request) => {
      if (running.has(request.job)) throw new DomainError('conflict', `The export ${request.job} is already running.`);
      if (running.size >= MAX_RUNNING)
        throw new DomainError('unavailable', 'Several exports are already running; wait for one to finish.');
      running.set(request.job, { phase: 'reading', done: 0, total: 1 });
      const report = (progress: ExportProgress) => running.set(request.job, progress);
      const store = host.store;
      let exported: ExportedFile;
      try {
        exported =
          request.kind === 'document'
            ? await exportDocumentFile(store, request)
            : request.kind === 'manual'
              ? await exportManualFile(store, { ids: request.ids }, report)
              : await exportRegisterFile(store, request.format);
      } finally {
        running.delete(request.job);
      }
      const answer = { fileName: exported.fileName, warnings: exported.warnings, documents: exported.documents };
      if (!chooseSaveFile) {
        return { ...answer, savedTo: null, dataBase64: Buffer.from(exported.bytes).toString('base64'), cancelled: false };
      }
      const path = await chooseSaveFile(exported.fileName, exported.fileName.endsWith('.csv') ? 'csv' : 'docx');
      if (!path) return { ...answer, savedTo: null, dataBase64: null, cancelled: true };
      return { ...answer, savedTo: await writeExportFile(path, exported.bytes), dataBase64: null, cancelled: false };
    },
  };
}
