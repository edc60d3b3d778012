import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { afterAll, bench, describe } from 'vitest';
import { exportManualFile } from '../../src-main/services/export/export-service';
import { ProjectStore } from '../../src-main/services/project-store';
import { manualExport } from '../../src-shared/export/docx/manual-export';
import type { ExportProject } from '../../src-shared/export/export-model';
import { BENCH_ORGANIZATION, generatedManual } from '../support/generated-manual';
import { SAMPLE_PROJECT } from '../support/paths';
import { storeOptions } from '../support/sample-store';

// The Word export: the sample project's manual through the whole service (reading the
// project, snapshots and logo), and a generated manual of about 300 pages through the
// builder and packer, against pandoc converting the same text from Markdown.
// Targets (issue 8): the 300-page manual under 1.5 s, and at most half of pandoc's time.

const generated = generatedManual();
const project: ExportProject = {
  organization: BENCH_ORGANIZATION,
  reviewPeriodMonths: 12,
  pageSize: 'A4',
  logo: null,
  houseStylesXml: null,
  today: '2026-11-30',
};
const work = mkdtempSync(join(tmpdir(), 'qms-bench-export-'));
const markdown = join(work, 'manual.md');
writeFileSync(markdown, generated.markdown);
const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;
const timeCommand = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

const runs: Record<string, number[]> = {};
const peaks: Record<string, number> = {};
const ITERATIONS = { iterations: 5, time: 0, warmupIterations: 1 };

/** Times one run; the peak memory is this process's unless the run measures its own (pandoc's, by /usr/bin/time). */
async function timed(name: string, work: () => Promise<unknown> | unknown, ownPeak = true): Promise<void> {
  const start = performance.now();
  await work();
  const list = runs[name] ?? [];
  runs[name] = list;
  list.push(performance.now() - start);
  if (ownPeak) peaks[name] = Math.max(peaks[name] ?? 0, process.resourceUsage().maxRSS / 1024);
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

let store: Promise<ProjectStore> | null = null;

// At the top level: vitest's bench mode does not run hooks declared inside a describe.
afterAll(async () => {
  await (await store)?.close();
  rmSync(work, { recursive: true, force: true });
  const ours = median(runs['300 pages'] ?? []);
  const theirs = median(runs.pandoc ?? []);
  const lines = Object.entries(runs).map(
    ([name, values]) =>
      `  ${name.padEnd(14)} median ${median(values).toFixed(0).padStart(5)} ms over ${values.length} runs (one a warm-up), peak RSS ${
        peaks[name] === undefined ? 'not measured' : `${peaks[name].toFixed(0)} MB`
      }${name === 'pandoc' ? ' (pandoc itself, by /usr/bin/time)' : ' (this whole process so far)'}`,
  );
  // Written straight to the terminal: the bench reporter does not show console output.
  process.stderr.write(
    `${[
      `Word export figures (${generated.documents.length} documents, ${generated.words} words in the generated manual):`,
      ...lines,
      pandoc
        ? `  ours / pandoc  ${(ours / theirs).toFixed(2)} (target at most 0.5)`
        : '  pandoc is not installed: no comparison.',
      `  300 pages      ${ours < 1500 ? 'within' : 'OVER'} the 1.5 s target`,
    ].join('\n')}\n`,
  );
});

describe('Word export', () => {
  bench(
    'the sample project as a manual (whole service: read, build, pack)',
    async () => {
      store ??= ProjectStore.open(SAMPLE_PROJECT, storeOptions({ readOnly: true }));
      const opened = await store;
      await timed('sample manual', () => exportManualFile(opened, {}));
    },
    ITERATIONS,
  );

  bench(
    `a generated manual of about 300 pages (${generated.documents.length} documents): build and pack`,
    async () => {
      await timed('300 pages', async () => Packer.pack((await manualExport(generated.documents, project)).file, 'uint8array'));
    },
    ITERATIONS,
  );

  bench.skipIf(!pandoc)(
    'pandoc: the same text from Markdown to .docx',
    async () => {
      const out = join(work, 'pandoc.docx');
      await timed(
        'pandoc',
        () => {
          const args = ['-f', 'gfm', '-o', out, markdown];
          const result = timeCommand
            ? spawnSync('/usr/bin/time', ['-f', '%M', 'pandoc', ...args], { encoding: 'utf8' })
            : spawnSync('pandoc', args, { encoding: 'utf8' });
          if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`);
          const kilobytes = Number(result.stderr.trim().split('\n').at(-1));
          if (timeCommand && Number.isFinite(kilobytes)) peaks.pandoc = Math.max(peaks.pandoc ?? 0, kilobytes / 1024);
        },
        false,
      );
    },
    ITERATIONS,
  );
});
