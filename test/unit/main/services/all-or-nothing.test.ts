import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copySampleProject } from '../../../support/paths';
import { storeOptions } from '../../../support/sample-store';
import { useTempDirs } from '../../../support/temp-dir';

/**
 * A write that fails at a chosen step of an operation, as a full disk would: the n-th call to
 * any of the primitives that write project files (atomic replace, create-only, history
 * append) throws ENOSPC. Every other call goes through.
 */
const fault = vi.hoisted(() => ({ at: 0, calls: 0, steps: [] as string[] }));
function failing<A extends unknown[], R>(name: string, real: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    fault.calls += 1;
    fault.steps.push(name);
    if (fault.calls === fault.at) throw Object.assign(new Error(`ENOSPC: no space left on device (${name})`), { code: 'ENOSPC' });
    return real(...args);
  };
}
vi.mock('../../../../src-main/services/atomic-write', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src-main/services/atomic-write')>();
  return {
    ...real,
    writeFileAtomic: failing('writeFileAtomic', real.writeFileAtomic),
    writeNewFileAtomic: failing('writeNewFileAtomic', real.writeNewFileAtomic),
  };
});
vi.mock('../../../../src-main/services/history-log', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src-main/services/history-log')>();
  return { ...real, appendHistory: failing('appendHistory', real.appendHistory) };
});

const { ProjectStore } = await import('../../../../src-main/services/project-store');
const { checkProject } = await import('../../../../src-main/services/project-check');

type Store = Awaited<ReturnType<typeof ProjectStore.open>>;

/** Every operation that writes more than one file, from the sample project's state. */
const OPERATIONS: Record<string, (store: Store) => Promise<unknown>> = {
  'create a document from a template': (store) => store.createDocument({ templateId: 'quality-policy', by: 'Tom Okafor' }),
  'approve a document in review': (store) => store.changeStatus('PRO-001', { to: 'approved', by: 'Elaine Marsh' }),
  'start a new revision': (store) => store.changeStatus('POL-001', { to: 'draft', by: 'Tom Okafor' }),
  'send a draft for review': (store) => store.changeStatus('PRO-002', { to: 'in-review', by: 'Priya Raman' }),
  'change the title of an approved document': async (store) => {
    const { version, meta } = await store.readDocument('POL-002');
    const { owner, reviewer, clauses, changeSummary } = meta;
    return store.updateDetails(
      'POL-002',
      { title: 'Scope of the QMS', owner, reviewer, clauses, changeSummary },
      version,
      'Tom Okafor',
    );
  },
};

afterEach(() => {
  fault.at = 0;
});

describe('all-or-nothing operations', () => {
  const tempDir = useTempDirs();

  async function errorsOf(dir: string): Promise<string[]> {
    const store = await ProjectStore.open(dir, storeOptions({ readOnly: true }));
    const report = await checkProject(store);
    await store.close();
    return report.errors.map((error) => error.message);
  }

  /** Every file of the project with its bytes, to compare before and after. */
  async function snapshot(dir: string): Promise<Record<string, string>> {
    const files: Record<string, string> = {};
    const walk = async (relative: string) => {
      for (const entry of await readdir(join(dir, relative), { withFileTypes: true })) {
        const path = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.name.startsWith('.qms-lock')) continue;
        if (entry.isDirectory()) await walk(path);
        else files[path] = await readFile(join(dir, path), 'utf8');
      }
    };
    await walk('');
    return files;
  }

  for (const [name, operation] of Object.entries(OPERATIONS)) {
    it(`${name}: a write failing at any step leaves the project as it was, sound, and the operation can be retried`, async () => {
      // How many writes the operation makes when nothing fails.
      const counted = await copySampleProject(join(await tempDir(), 'counted'));
      const counter = await ProjectStore.open(counted, storeOptions());
      fault.calls = 0;
      fault.steps = [];
      fault.at = 0;
      await operation(counter);
      await counter.close();
      const steps = [...fault.steps];
      expect(steps.length).toBeGreaterThanOrEqual(2);

      for (let step = 1; step <= steps.length; step += 1) {
        const dir = await copySampleProject(join(await tempDir(), `step-${step}`));
        const store = await ProjectStore.open(dir, storeOptions());
        const before = await snapshot(dir);
        fault.calls = 0;
        fault.at = step;
        await expect(operation(store), `step ${step} (${steps[step - 1]})`).rejects.toThrow(/ENOSPC/);
        fault.at = 0;
        expect(await snapshot(dir), `files after a failure at step ${step} (${steps[step - 1]})`).toEqual(before);
        expect(await errorsOf(dir), `qms check after a failure at step ${step}`).toEqual([]);
        await operation(store);
        await store.close();
        expect(await errorsOf(dir), `qms check after the retry of step ${step}`).toEqual([]);
      }
    });
  }

  it('an approval cut short by a crash leaves an orphan snapshot, which the next approval replaces', async () => {
    const dir = await copySampleProject(join(await tempDir(), 'crash'));
    // What a crash after the snapshot and before the document leaves: a snapshot of revision 2 with other content.
    const stale = JSON.parse(await readFile(join(dir, 'revisions', 'PRO-001', '1.json'), 'utf8'));
    stale.meta.revision = '2';
    await writeFile(join(dir, 'revisions', 'PRO-001', '2.json'), JSON.stringify(stale));
    const store = await ProjectStore.open(dir, storeOptions());
    const approved = await store.changeStatus('PRO-001', { to: 'approved', by: 'Elaine Marsh' });
    await store.close();
    expect(approved.meta.effective?.revision).toBe('2');
    const written = JSON.parse(await readFile(join(dir, 'revisions', 'PRO-001', '2.json'), 'utf8'));
    expect(written.contentHash).toBe(approved.meta.effective?.contentHash);
    expect(await errorsOf(dir)).toEqual([]);
  });

  it('removes the half-written files crashed writes left, when the project opens for writing', async () => {
    const dir = await copySampleProject(join(await tempDir(), 'leftovers'));
    const leftovers = [
      'documents/.POL-001.json.4242.a1b2c3d4e5f6.tmp',
      '.qms-project.json.4242.0a0b0c0d0e0f.tmp',
      'revisions/POL-001/3.json.4242.staging',
    ];
    await mkdir(join(dir, 'revisions', 'POL-001'), { recursive: true });
    for (const file of leftovers) await writeFile(join(dir, file), 'half');
    const readOnly = await ProjectStore.open(dir, storeOptions({ readOnly: true }));
    await readOnly.close();
    // A program that only reads leaves them: another one may be writing.
    expect(await readFile(join(dir, leftovers[0] as string), 'utf8')).toBe('half');
    const store = await ProjectStore.open(dir, storeOptions());
    await store.close();
    for (const file of leftovers) await expect(readFile(join(dir, file), 'utf8')).rejects.toThrow(/ENOENT/);
    expect(await readdir(join(dir, 'revisions', 'POL-001'))).toEqual(['3.json']);
  });
});
