import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { cloneProject } from '../../src-main/services/git/sync';
import type { ProjectStore } from '../../src-main/services/project-store';
import { type GitServer, startGitServer } from '../support/git-server';
import { TEMPLATES_DIR } from '../support/sample-store';
import { addParagraph, newGitProject, openStore } from '../support/two-copies';

// Sync of a 200-document project through a real git server on loopback (git http-backend),
// as the issue asks: the first copy on a new machine, a sync with nothing to do, and a sync
// that receives one document changed on the other copy (timed on the receiving side only;
// the other copy's edit and send are timed apart and printed as "send one change").
// The project: the essentials, then documents from every template in turn up to 200, one in
// four approved (so revisions/ and history.jsonl are as in a project in use).

const DOCUMENTS = 200;
const ITERATIONS = { iterations: 5, time: 0, warmupIterations: 0, warmupTime: 0 };

const work = mkdtempSync(join(tmpdir(), 'qms-bench-sync-'));
const runs: Record<string, number[]> = {};
let server: GitServer;
let remote = '';
let ann: ProjectStore;
let ben: ProjectStore;
let projectBytes = 0;
let projectFiles = 0;
let setupSeconds = 0;

async function timed<T>(name: string, task: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await task();
  const list = runs[name] ?? [];
  runs[name] = list;
  list.push(performance.now() - start);
  return result;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Files and bytes of a folder, its .git excluded. */
function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = sizeOf(path);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

// At the top level: vitest's bench mode does not run hooks declared inside a describe.
beforeAll(async () => {
  const start = performance.now();
  server = await startGitServer();
  await server.createBareRepo('bench.git');
  remote = server.url('bench.git');
  const annDir = join(work, 'ann');
  await newGitProject(annDir, 'Ann Lee');
  ann = await openStore(annDir);
  const templates = readdirSync(TEMPLATES_DIR)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''));
  let count = (await ann.getProject()).documents.length;
  for (let n = 0; count < DOCUMENTS; n += 1, count += 1) {
    const templateId = templates[n % templates.length] as string;
    const created = await ann.createDocument({ templateId, title: `Bench document ${n + 1}`, by: 'Ann Lee' });
    if (n % 4 === 0) {
      await ann.changeStatus(created.meta.id, { to: 'in-review', by: 'Ann Lee' });
      await ann.changeStatus(created.meta.id, { to: 'approved', by: 'Q. Approver' });
    }
  }
  ({ files: projectFiles, bytes: projectBytes } = sizeOf(annDir));
  const first = await ann.sync({ by: 'Ann Lee', remote });
  if (first.outcome !== 'synced') throw new Error('the first sync did not go through');
  const benDir = join(work, 'ben');
  await cloneProject(benDir, remote, {});
  ben = await openStore(benDir);
  setupSeconds = (performance.now() - start) / 1000;
}, 600_000);

afterAll(async () => {
  await ann?.close();
  await ben?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
  const order = ['first copy', 'no-change sync', 'receive one change', 'send one change'];
  const lines = order
    .filter((name) => runs[name])
    .map((name) => {
      const values = runs[name] as number[];
      return `  ${name.padEnd(19)} median ${median(values).toFixed(0).padStart(5)} ms  (runs in order: ${values.map((v) => v.toFixed(0)).join(', ')})`;
    });
  // Written straight to the terminal: the bench reporter does not show console output.
  process.stderr.write(
    `${[
      `Sync figures: ${DOCUMENTS} documents, ${projectFiles} files, ${(projectBytes / 1024 / 1024).toFixed(1)} MB (without .git), git http-backend on loopback; set up in ${setupSeconds.toFixed(0)} s`,
      ...lines,
    ].join('\n')}\n`,
  );
});

describe(`sync a ${DOCUMENTS}-document project`, () => {
  bench(
    'first copy on a new machine (cloneProject)',
    async () => {
      const target = mkdtempSync(join(work, 'clone-'));
      await timed('first copy', () => cloneProject(join(target, 'copy'), remote, {}));
      rmSync(target, { recursive: true, force: true });
    },
    ITERATIONS,
  );

  bench(
    'sync with no change on either side',
    async () => {
      const result = await timed('no-change sync', () => ben.sync({ by: 'Ben Cole' }));
      if (result.outcome !== 'synced' || !result.upToDate)
        throw new Error(`expected nothing to do, got ${JSON.stringify(result)}`);
    },
    ITERATIONS,
  );

  let edits = 0;
  bench(
    'sync receiving one document changed on the other copy (receiving side timed; the table includes the other copy’s send)',
    async () => {
      edits += 1;
      await addParagraph(ann, 'PRO-001', `Ann's change number ${edits}.`, 'Ann Lee');
      const sent = await timed('send one change', () => ann.sync({ by: 'Ann Lee' }));
      if (sent.outcome !== 'synced' || sent.sent.length !== 1)
        throw new Error(`expected one document out, got ${JSON.stringify(sent)}`);
      const result = await timed('receive one change', () => ben.sync({ by: 'Ben Cole' }));
      if (result.outcome !== 'synced' || result.received.map((d) => d.id).join() !== 'PRO-001')
        throw new Error(`expected PRO-001 in, got ${JSON.stringify(result)}`);
    },
    ITERATIONS,
  );
});
