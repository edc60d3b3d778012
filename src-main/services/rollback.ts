/**
 * What an operation has written so far, to be undone when a later step fails: a multi-file
 * operation (create, status change, approval) either completes or leaves the project as it
 * found it. Undo steps run last first; one that fails does not stop the others.
 */
export class Rollback {
  private readonly steps: Array<() => Promise<void>> = [];

  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  /** Runs `work`; if it throws, undoes what was added and throws the same error. */
  static async run<T>(work: (rollback: Rollback) => Promise<T>): Promise<T> {
    const rollback = new Rollback();
    try {
      return await work(rollback);
    } catch (error) {
      for (const step of rollback.steps.reverse()) await step().catch(() => undefined);
      throw error;
    }
  }
}
