import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditJournal, NewJournalEntry } from '../../../../src-renderer/src/save/edit-journal';
import { JOURNAL_DELAY_MS, JournalRecorder } from '../../../../src-renderer/src/save/journal-recorder';
import { paragraphsContent } from '../../../../src-shared/editor/nodes';

const V1 = '1'.repeat(64);
const V2 = '2'.repeat(64);

function setup() {
  const recorded: NewJournalEntry[] = [];
  const settled: Array<[string, string, number]> = [];
  const journal = {
    record: vi.fn(async (entry: NewJournalEntry) => {
      recorded.push(entry);
    }),
    settle: vi.fn(async (documentId: string, writer: string, seq: number) => {
      settled.push([documentId, writer, seq]);
    }),
  } as unknown as EditJournal;
  let text = '';
  let base = V1;
  const read = vi.fn(() => paragraphsContent(text));
  const recorder = new JournalRecorder({
    journal,
    documentId: 'POL-001',
    title: () => 'Quality Policy',
    read,
    baseVersion: () => base,
  });
  const type = (next: string) => {
    text = next;
    recorder.noteChange();
  };
  return { recorder, recorded, settled, read, type, setBase: (next: string) => (base = next) };
}

describe('JournalRecorder', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('serialises the document once the user pauses, not on every keystroke', async () => {
    const { recorded, read, type } = setup();
    for (const text of ['O', 'Ou', 'Our', 'Our ', 'Our p']) {
      type(text);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(read).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS);
    expect(read).toHaveBeenCalledOnce();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ documentId: 'POL-001', title: 'Quality Policy', baseVersion: V1, seq: 5 });
    expect(JSON.stringify(recorded[0]?.content)).toContain('Our p');
  });

  it('typing without a pause still reaches the journal every couple of seconds', async () => {
    const { recorded, type } = setup();
    for (let key = 1; key <= 50; key += 1) {
      type('x'.repeat(key));
      await vi.advanceTimersByTimeAsync(100);
    }
    // 5 seconds of typing, a key every 100 ms: never a 300 ms pause.
    expect(recorded.map((entry) => entry.seq)).toEqual([20, 40]);
  });

  it('writes at once when the page is going away', async () => {
    const { recorder, recorded, type } = setup();
    type('closing now');
    await recorder.flushNow();
    expect(recorded).toHaveLength(1);
    // Nothing new since: a second flush (pagehide after beforeunload) writes nothing.
    await recorder.flushNow();
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS);
    expect(recorded).toHaveLength(1);
  });

  it('has nothing to write before the first change', async () => {
    const { recorder, recorded } = setup();
    await recorder.flushNow();
    expect(recorded).toEqual([]);
  });

  it('a save of every change settles the entry and cancels the pending write', async () => {
    const { recorder, recorded, settled, type } = setup();
    type('a');
    type('ab');
    await recorder.saved(recorder.changes);
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS * 2);
    expect(recorded).toEqual([]);
    expect(settled).toEqual([['POL-001', recorder.writer, 2]]);
  });

  it('a save of only the first changes keeps the rest, against the new file version', async () => {
    const { recorder, recorded, settled, type, setBase } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS);
    const upTo = recorder.changes;
    type('ab');
    setBase(V2);
    await recorder.saved(upTo);
    expect(settled).toEqual([]);
    expect(recorded.at(-1)).toMatchObject({ baseVersion: V2, seq: 2 });
  });

  it('follows the base version when a save moved it under a journalled entry', async () => {
    const { recorder, recorded, type, setBase } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS);
    await recorder.rebase();
    expect(recorded).toHaveLength(1);
    setBase(V2);
    await recorder.rebase();
    expect(recorded.map((entry) => entry.baseVersion)).toEqual([V1, V2]);
  });

  it('once stopped (the user discarded the edits) it writes nothing more', async () => {
    const { recorder, recorded, type } = setup();
    type('a');
    recorder.stop();
    type('ab');
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS * 2);
    await recorder.flushNow();
    expect(recorded).toEqual([]);
  });
});
