import { useCallback, useEffect, useRef, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { RequestOf, ResponseOf, SyncAnswer, SyncClash } from '../../../src-shared/api/contract';
import { withProgress } from '../api/with-progress';

export type SyncProgressView = ResponseOf<'sync-progress'>;
export type SyncChoice = 'mine' | 'theirs' | 'both';
type SyncOrder = Omit<RequestOf<'sync'>, 'job'>;

export type SyncRun =
  | { state: 'idle' }
  | { state: 'running'; progress: SyncProgressView | null }
  | { state: 'choices'; clashes: SyncClash[]; order: SyncOrder }
  | { state: 'sign-in'; message: string; order: SyncOrder }
  | { state: 'done'; answer: Extract<SyncAnswer, { outcome: 'synced' }> }
  | { state: 'failed'; message: string; order: SyncOrder };

/**
 * One sync from the window: the call, its progress every 200 ms (as for exports), and what
 * comes back turned into the next step: choices to make, a sign-in to give, or the summary.
 */
export function useSync(api: QmsApi): { run: SyncRun; start: (order: SyncOrder) => Promise<void> } {
  const [run, setRun] = useState<SyncRun>({ state: 'idle' });
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const start = useCallback(
    async (order: SyncOrder) => {
      setRun({ state: 'running', progress: null });
      const result = await withProgress(
        (job) => api.sync({ ...order, job }),
        (job) => api.syncProgress({ job }),
        (progress) => setRun({ state: 'running', progress }),
        () => mounted.current,
        'sync',
      );
      if (!mounted.current) return;
      // A typed sign-in stays with the order while the dialog is open (the choices round needs it too), no longer.
      const rest = order;
      if (!result.ok) {
        setRun(
          result.error.code === 'unauthorized'
            ? { state: 'sign-in', message: result.error.message, order: rest }
            : { state: 'failed', message: result.error.message, order: rest },
        );
        return;
      }
      const answer = result.value;
      setRun(
        answer.outcome === 'needs-choices'
          ? { state: 'choices', clashes: answer.clashes, order: rest }
          : { state: 'done', answer },
      );
    },
    [api],
  );
  return { run, start };
}
