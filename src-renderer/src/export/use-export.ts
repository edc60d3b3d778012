import { useCallback, useEffect, useRef, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ExportRequest, ExportResponse, ResponseOf } from '../../../src-shared/api/contract';
import { downloadFile } from './download';

type Progress = ResponseOf<'export-progress'>;

export type ExportRun =
  | { state: 'idle' }
  | { state: 'running'; progress: Progress | null }
  | { state: 'done'; response: ExportResponse }
  | { state: 'failed'; message: string };

/** An export request without the job id, which the hook makes. */
export type ExportOrder = ExportRequest extends infer R ? (R extends unknown ? Omit<R, 'job'> : never) : never;

const POLL_MS = 200;

const newJobId = () => `export-${crypto.randomUUID()}`;

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
      const job = newJobId();
      let finished = false;
      setRun({ state: 'running', progress: null });
      const poll = async () => {
        while (!finished && mounted.current) {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          const progress = await api.exportProgress({ job });
          if (!finished && mounted.current && progress.ok && progress.value.phase !== 'waiting') {
            setRun({ state: 'running', progress: progress.value });
          }
        }
      };
      void poll();
      const result = await api.exportFile({ ...order, job } as ExportRequest);
      finished = true;
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
