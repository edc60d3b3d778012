import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../../src-main/services/keyed-queue';

/** A task that starts, records it, and finishes only when told (or fails when told). */
function gate(name: string, events: string[]) {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return {
    task: async () => {
      events.push(`${name} started`);
      try {
        await done;
      } finally {
        events.push(`${name} ended`);
      }
      return name;
    },
    finish,
    fail,
  };
}

/** Lets every queued continuation run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('KeyedQueue', () => {
  it('runs tasks on one key one after the other, and tasks on different keys at once', async () => {
    const events: string[] = [];
    const queue = new KeyedQueue();
    const [a1, a2, b] = [gate('a1', events), gate('a2', events), gate('b', events)];
    const runs = [queue.run('a', a1.task), queue.run('a', a2.task), queue.run('b', b.task)];
    await settle();
    expect(events).toEqual(['a1 started', 'b started']);
    a1.finish();
    await settle();
    expect(events).toEqual(['a1 started', 'b started', 'a1 ended', 'a2 started']);
    a2.finish();
    b.finish();
    expect(await Promise.all(runs)).toEqual(['a1', 'a2', 'b']);
  });

  describe('exclusive (a sync rewrites files of many documents)', () => {
    it('waits for the tasks already running on every key', async () => {
      const events: string[] = [];
      const queue = new KeyedQueue();
      const [save, approve, sync] = [gate('save PRO-001', events), gate('approve PRO-002', events), gate('sync', events)];
      const running = [queue.run('PRO-001', save.task), queue.run('PRO-002', approve.task)];
      const exclusive = queue.exclusive(sync.task);
      await settle();
      expect(events).toEqual(['save PRO-001 started', 'approve PRO-002 started']);
      save.finish();
      await settle();
      expect(events).not.toContain('sync started');
      approve.finish();
      await settle();
      expect(events.at(-1)).toBe('sync started');
      sync.finish();
      expect(await exclusive).toBe('sync');
      await Promise.all(running);
    });

    it('holds every key: tasks queued after it, on any key, wait until it ends', async () => {
      const events: string[] = [];
      const queue = new KeyedQueue();
      const [sync, save, other] = [gate('sync', events), gate('save PRO-001', events), gate('save POL-001', events)];
      const exclusive = queue.exclusive(sync.task);
      const saves = [queue.run('PRO-001', save.task), queue.run('POL-001', other.task)];
      await settle();
      expect(events).toEqual(['sync started']);
      sync.finish();
      await exclusive;
      await settle();
      expect(events).toEqual(['sync started', 'sync ended', 'save PRO-001 started', 'save POL-001 started']);
      save.finish();
      other.finish();
      await Promise.all(saves);
    });

    it('runs two exclusive tasks one after the other, each after the keyed tasks queued before it', async () => {
      const events: string[] = [];
      const queue = new KeyedQueue();
      const [first, save, second] = [gate('first sync', events), gate('save', events), gate('second sync', events)];
      const runs = [queue.exclusive(first.task), queue.run('PRO-001', save.task), queue.exclusive(second.task)];
      await settle();
      first.finish();
      await settle();
      expect(events).toEqual(['first sync started', 'first sync ended', 'save started']);
      save.finish();
      await settle();
      expect(events.at(-1)).toBe('second sync started');
      second.finish();
      await Promise.all(runs);
    });

    it('does not block later tasks when it fails, and its caller sees the failure', async () => {
      const events: string[] = [];
      const queue = new KeyedQueue();
      const sync = gate('sync', events);
      const exclusive = queue.exclusive(sync.task);
      const save = queue.run('PRO-001', async () => 'saved');
      const next = queue.exclusive(async () => 'synced again');
      sync.fail(new Error('the server refused the changes'));
      await expect(exclusive).rejects.toThrow('the server refused the changes');
      expect(await save).toBe('saved');
      expect(await next).toBe('synced again');
    });

    it('still runs when a task before it failed', async () => {
      const queue = new KeyedQueue();
      const failed = queue.run('PRO-001', async () => {
        throw new Error('disk full');
      });
      const exclusive = queue.exclusive(async () => 'synced');
      await expect(failed).rejects.toThrow('disk full');
      expect(await exclusive).toBe('synced');
    });
  });
});
