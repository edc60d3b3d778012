import { useEffect, useRef } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ExternalChange } from '../../../src-shared/api/contract';

/**
 * Asks the main process, over the contract, for changes made to the project folder
 * by anything else (a long poll), and hands each batch to `onChanges`.
 */
export function useExternalChanges(api: QmsApi, onChanges: (changes: ExternalChange[]) => void): void {
  const handler = useRef(onChanges);
  handler.current = onChanges;
  useEffect(() => {
    let stopped = false;
    let cursor = 0;
    void (async () => {
      while (!stopped) {
        const result = await api.pollChanges({ after: cursor });
        if (stopped) return;
        if (!result.ok) {
          // The server may be restarting; try again shortly rather than spin.
          await new Promise((resolve) => setTimeout(resolve, 3000));
          continue;
        }
        cursor = result.value.cursor;
        if (result.value.changes.length > 0) handler.current(result.value.changes);
      }
    })();
    return () => {
      stopped = true;
    };
  }, [api]);
}
