import type { Result } from '../../../src-shared/api/result';

const POLL_MS = 200;

/**
 * Runs a long call (an export, a sync) under a job id and, while it runs, asks every 200 ms
 * how far it has got, handing each answer past "waiting" to `show` for a progress bar. No
 * answer is shown once the call has ended or `alive()` says the window part is gone.
 */
export async function withProgress<T, P extends { phase: string }>(
  call: (job: string) => Promise<T>,
  ask: (job: string) => Promise<Result<P>>,
  show: (progress: P) => void,
  alive: () => boolean,
  prefix: string,
): Promise<T> {
  const job = `${prefix}-${crypto.randomUUID()}`;
  let finished = false;
  void (async () => {
    while (!finished && alive()) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const progress = await ask(job);
      if (!finished && alive() && progress.ok && progress.value.phase !== 'waiting') show(progress.value);
    }
  })();
  try {
    return await call(job);
  } finally {
    finished = true;
  }
}
