import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveController, type SaveState } from '../../../src-renderer/src/save/save-controller';
import { fail, ok, type Result } from '../../../src-shared/api/result';

const IDLE_MS = 800;
const V0 = '0'.repeat(64);
const V1 = '1'.repeat(64);
const V2 = '2'.repeat(64);
const V3 = '3'.repeat(64);

type WriteResult = Result<{ version: string; savedAt: string }>;

interface PendingWrite {
  content: string;
  baseVersion: string;
  resolve: (result: WriteResult) => void;
}

/** A controller whose writes stay pending until the test answers them, one by one. */
function setup() {
  let text = 'first';
  const writes: PendingWrite[] = [];
  const states: SaveState[] = [];
  const controller = new SaveController<string>({
    version: V0,
    idleDelayMs: IDLE_MS,
    read: () => text,
    write: (content, baseVersion) =>
      new Promise<WriteResult>((resolve) => {
        writes.push({ content, baseVersion, resolve });
      }),
  });
  controller.subscribe((state) => states.push(state));
  const type = (next: string) => {
    text = next;
    controller.markChanged();
  };
  const answer = async (index: number, result: WriteResult) => {
    const write = writes[index];
    if (!write) throw new Error(`no write #${index} was made`);
    write.resolve(result);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { controller, writes, states, type, answer };
}

function saved(version: string, savedAt = '2025-03-01T10:00:00.000Z'): WriteResult {
  return ok({ version, savedAt });
}

describe('SaveController', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells its subscribers when the state changes, not on every keystroke', async () => {
    const { controller, states, type, answer } = setup();
    for (let i = 0; i < 50; i++) type(`text ${i}`);
    expect(states).toEqual([{ kind: 'unsaved' }]);
    expect(controller.current).toEqual({ kind: 'unsaved' });
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    await answer(0, saved(V1));
    expect(states.map((state) => state.kind)).toEqual(['unsaved', 'saving', 'saved']);
  });

  it('saves by itself only once the idle delay has passed after the last change', async () => {
    const { writes, type } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(IDLE_MS - 1);
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.content).toBe('a');
  });

  it('restarts the idle delay with every change', async () => {
    const { writes, type } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(IDLE_MS - 100);
    type('ab');
    await vi.advanceTimersByTimeAsync(IDLE_MS - 100);
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(writes.map((write) => write.content)).toEqual(['ab']);
  });

  it('saveNow writes at once without waiting for the idle delay, and the timer does not write again', async () => {
    const { controller, writes, type, answer } = setup();
    type('a');
    const done = controller.saveNow();
    expect(writes).toHaveLength(1);
    await answer(0, saved(V1));
    await done;
    await vi.advanceTimersByTimeAsync(IDLE_MS * 2);
    expect(writes).toHaveLength(1);
  });

  it('saveNow with nothing changed writes nothing', async () => {
    const { controller, writes, states } = setup();
    await controller.saveNow();
    expect(writes).toHaveLength(0);
    expect(states).toEqual([]);
  });

  it('sends the version returned by one save as the base version of the next', async () => {
    const { controller, writes, type, answer } = setup();
    type('a');
    void controller.saveNow();
    await answer(0, saved(V1));
    type('ab');
    void controller.saveNow();
    await answer(1, saved(V2));
    type('abc');
    void controller.saveNow();
    expect(writes.map((write) => write.baseVersion)).toEqual([V0, V1, V2]);
  });

  it('reports unsaved, then saving, then saved with the time of the save', async () => {
    const { controller, states, type, answer } = setup();
    type('a');
    const done = controller.saveNow();
    await answer(0, saved(V1, '2025-03-01T10:00:00.000Z'));
    await done;
    expect(states).toEqual([{ kind: 'unsaved' }, { kind: 'saving' }, { kind: 'saved', at: '2025-03-01T10:00:00.000Z' }]);
    expect(controller.current).toEqual({ kind: 'saved', at: '2025-03-01T10:00:00.000Z' });
    expect(controller.hasUnsavedChanges).toBe(false);
  });

  it('has unsaved changes from the first change until the write is on disk', async () => {
    const { controller, type, answer } = setup();
    expect(controller.hasUnsavedChanges).toBe(false);
    type('a');
    expect(controller.hasUnsavedChanges).toBe(true);
    const done = controller.saveNow();
    await answer(0, saved(V1));
    await done;
    expect(controller.hasUnsavedChanges).toBe(false);
  });

  it('never starts a second write while one is in flight', async () => {
    const { controller, writes, type } = setup();
    type('a');
    void controller.saveNow();
    type('ab');
    void controller.saveNow();
    await vi.advanceTimersByTimeAsync(IDLE_MS * 3);
    expect(writes).toHaveLength(1);
  });

  it('a change made during a write is saved after it, based on the version that write returned', async () => {
    const { controller, writes, states, type, answer } = setup();
    type('a');
    void controller.saveNow();
    type('ab');
    expect(controller.current.kind).toBe('saving');
    await answer(0, saved(V1));
    expect(controller.current.kind).toBe('unsaved');
    expect(controller.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(writes.map((write) => [write.content, write.baseVersion])).toEqual([
      ['a', V0],
      ['ab', V1],
    ]);
    await answer(1, saved(V2));
    expect(states.map((state) => state.kind)).toEqual(['unsaved', 'saving', 'unsaved', 'saving', 'saved']);
    expect(controller.hasUnsavedChanges).toBe(false);
  });

  it('saveNow during a write waits for it and then writes the newer change', async () => {
    const { controller, writes, type, answer } = setup();
    type('a');
    void controller.saveNow();
    type('ab');
    let finished = false;
    const second = controller.saveNow().then(() => {
      finished = true;
    });
    await answer(0, saved(V1));
    expect(writes.map((write) => write.content)).toEqual(['a', 'ab']);
    expect(finished).toBe(false);
    await answer(1, saved(V2));
    await second;
    expect(finished).toBe(true);
    expect(controller.current.kind).toBe('saved');
  });

  it('a conflict stops all further saving and reports the message', async () => {
    const { controller, writes, states, type, answer } = setup();
    type('a');
    void controller.saveNow();
    await answer(0, fail('conflict', 'POL-001 was changed elsewhere.'));
    expect(controller.current).toEqual({ kind: 'conflict', message: 'POL-001 was changed elsewhere.' });
    expect(states.at(-1)).toEqual({ kind: 'conflict', message: 'POL-001 was changed elsewhere.' });
    expect(controller.hasUnsavedChanges).toBe(true);

    type('ab');
    await vi.advanceTimersByTimeAsync(IDLE_MS * 2);
    await controller.saveNow();
    expect(writes).toHaveLength(1);
    expect(controller.current.kind).toBe('conflict');
  });

  it('a change typed during a write that then conflicts is not written either', async () => {
    const { controller, writes, type, answer } = setup();
    type('a');
    void controller.saveNow();
    type('ab');
    await answer(0, fail('conflict', 'Changed elsewhere.'));
    await vi.advanceTimersByTimeAsync(IDLE_MS * 2);
    expect(writes).toHaveLength(1);
    expect(controller.current.kind).toBe('conflict');
  });

  it('a failed save reports the error, keeps the changes unsaved, and the next change retries', async () => {
    const { controller, writes, states, type, answer } = setup();
    type('a');
    const done = controller.saveNow();
    await answer(0, fail('internal', 'Disk full.'));
    await done;
    expect(controller.current).toEqual({ kind: 'failed', error: { code: 'internal', message: 'Disk full.' } });
    expect(states.map((state) => state.kind)).toEqual(['unsaved', 'saving', 'failed']);
    expect(controller.hasUnsavedChanges).toBe(true);

    type('ab');
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(writes.map((write) => [write.content, write.baseVersion])).toEqual([
      ['a', V0],
      ['ab', V0],
    ]);
    await answer(1, saved(V3));
    expect(controller.current.kind).toBe('saved');
    expect(controller.hasUnsavedChanges).toBe(false);
  });

  it('saveNow after a failed save retries even without a new change', async () => {
    const { controller, writes, type, answer } = setup();
    type('a');
    void controller.saveNow();
    await answer(0, fail('unavailable', 'Server gone.'));
    void controller.saveNow();
    expect(writes).toHaveLength(2);
    expect(writes[1]?.content).toBe('a');
  });

  it('dispose cancels a pending idle save', async () => {
    const { controller, writes, type } = setup();
    type('a');
    controller.dispose();
    await vi.advanceTimersByTimeAsync(IDLE_MS * 2);
    expect(writes).toHaveLength(0);
  });
});
