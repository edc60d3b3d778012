/**
 * Runs tasks one at a time per key (one document, one file), in the order they came,
 * so a check-then-write is never interleaved with another write to the same file.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  /** The task that holds every key (see `exclusive`), or a settled promise. */
  private barrier: Promise<unknown> = Promise.resolve();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = Promise.all([this.tails.get(key), this.barrier]);
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /**
   * Runs a task once every task queued so far has finished, with every key held: tasks
   * queued meanwhile, on any key, wait for it (sync rewrites files of many documents).
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const previous = Promise.all([this.barrier, ...this.tails.values()]);
    const next = previous.then(task, task);
    this.barrier = next.catch(() => undefined);
    return next;
  }
}
