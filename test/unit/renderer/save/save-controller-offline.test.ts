import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveController, type SaveState } from '../../../../src-renderer/src/save/save-controller';
import { fail, ok, type Result } from '../../../../src-shared/api/result';

const V0 = '0'.repeat(64);
const V1 = '1'.repeat(64);
const IDLE_MS = 800;
const RETRIES = [1000, 2000, 4000];

type WriteResult = Result<{ version: string; savedAt: string }>;

/** A controller whose program answers each write with the next of `answers` (the last one repeats). */
function setup(answers: Array<WriteResult | 'throw'>) {
  let text = '';
  const writes: Array<{ content: string; at: number }> = [];
  const states: SaveState[] = [];
  const controller = new SaveController<string>({
    version: V0,
    idleDelayMs: IDLE_MS,
    retryDelaysMs: RETRIES,
    read: () => text,
    write: async (content) => {
      writes.push({ content, at: Date.now() });
      const answer = answers[Math.min(writes.length - 1, answers.length - 1)];
      if (answer === 'throw') throw new TypeError('Failed to fetch');
      return answer as WriteResult;
    },
  });
  controller.subscribe((state) => states.push(state));
  const type = (next: string) => {
    text = next;
    controller.markChanged();
  };
  return { controller, writes, states, type };
}

const unreachable = fail('offline', 'The workbench server cannot be reached.');
const saved = ok({ version: V1, savedAt: '2026-11-30T10:00:00.000Z' });

describe('SaveController when the program cannot be reached', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says Offline, keeps the edits unsaved and retries by itself with growing waits until a save gets through', async () => {
    const { controller, writes, states, type } = setup([unreachable, unreachable, unreachable, saved]);
    type('kept');
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(controller.current).toEqual({ kind: 'offline', message: 'The workbench server cannot be reached.' });
    expect(controller.hasUnsavedChanges).toBe(true);

    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000);
    expect(writes.map((write) => write.at)).toEqual([IDLE_MS, IDLE_MS + 1000, IDLE_MS + 3000, IDLE_MS + 7000]);
    expect(writes.every((write) => write.content === 'kept')).toBe(true);
    expect(controller.current.kind).toBe('saved');
    expect(controller.hasUnsavedChanges).toBe(false);
    // Retries do not flicker through "Saving…": offline until the write that succeeded.
    expect(states.map((state) => state.kind)).toEqual(['unsaved', 'saving', 'offline', 'saved']);
  });

  it('keeps waiting the longest delay once the list of waits is used up', async () => {
    const { writes, type } = setup([unreachable]);
    type('kept');
    await vi.advanceTimersByTimeAsync(IDLE_MS + 1000 + 2000 + 4000 + 4000 + 4000);
    expect(writes.map((write) => write.at)).toEqual([800, 1800, 3800, 7800, 11800, 15800]);
  });

  it('a transport that throws counts as unreachable, not as a save', async () => {
    const { controller, type } = setup(['throw', saved]);
    type('kept');
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(controller.current.kind).toBe('offline');
    await vi.advanceTimersByTimeAsync(1000);
    expect(controller.current.kind).toBe('saved');
  });

  it('typing while offline stays Offline and the next save has the newest text', async () => {
    const { controller, writes, type } = setup([unreachable, saved]);
    type('first');
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    type('first and second');
    expect(controller.current.kind).toBe('offline');
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes.at(-1)?.content).toBe('first and second');
    expect(controller.current.kind).toBe('saved');
  });

  it('a real refusal stays Not saved with its message and is not retried', async () => {
    const { controller, writes, type } = setup([fail('read-only', 'POL-001 is obsolete and can no longer be edited.')]);
    type('refused');
    await vi.advanceTimersByTimeAsync(IDLE_MS + 60_000);
    expect(writes).toHaveLength(1);
    expect(controller.current).toEqual({
      kind: 'failed',
      error: { code: 'read-only', message: 'POL-001 is obsolete and can no longer be edited.' },
    });
  });

  it('dispose stops the retries', async () => {
    const { controller, writes, type } = setup([unreachable]);
    type('kept');
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    controller.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(writes).toHaveLength(1);
  });
});
