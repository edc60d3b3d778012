import { useCallback, useEffect, useRef, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ExportRequest, ExportResponse, ResponseOf } from '../../../src-shared/api/contract';
import { withProgress } from '../api/with-progress';
import { downloadFile } from './download';

type Progress = ResponseOf<'export-progress'>;

export type ExportRun =
  | { state: 'idle' }
  | { state: 'running'; progress: Progress | null }
  | { state: 'done'; response: ExportResponse }
  | { state: 'failed'; message: string };

/** An export request without the job id, which the hook makes. */
export type ExportOrder = ExportRequest extends infer R ? (R extends unknown ? Omit<R, 'job'> : never) : never;

/**
 * Runs one export: calls the contract, asks how far it has got every 200 ms while it
 * runs (for the progress bar), and in browser mode hands the finished file to the
 * browser as a download.
 */
export function useExport(api: QmsApi): { run: ExportRun; start: (order: ExportOrder) => Promise<void> } {
  const [run, setRun] = useState<ExportRun>({ state: 'idle' });
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const start = useCallback(
    async (order: ExportOrder) => {
      setRun({ state: 'running', progress: null });
      const result = await withProgress(
        (job) => api.exportFile({ ...order, job } as ExportRequest),
        (job) => api.exportProgress({ job }),
        (progress) => setRun({ state: 'running', progress }),
        () => mounted.current,
        'export',
      );
      if (!mounted.current) return;
      if (!result.ok) {
        setRun({ state: 'failed', message: result.error.message });
        return;
      }
      if (result.value.dataBase64) downloadFile(result.value.fileName, result.value.dataBase64);
      setRun({ state: 'done', response: result.value });
    },
    [api],
  );
  return { run, start };
}
