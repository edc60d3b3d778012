import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTemporaryFileName } from '../../../../src-main/services/atomic-write';
import { parseDocumentFile } from '../../../../src-main/services/document-file';
import { contentToPlainText } from '../../../../src-shared/editor/serialized-content';
import { copySampleProject, REPO_ROOT } from '../../../support/paths';
import { useTempDirs } from '../../../support/temp-dir';

const CHILD = join(REPO_ROOT, 'test', 'support', 'save-loop-child.ts');
const KILLS = 20;

/** Starts the saving child, lets it run for `ms`, kills it with SIGKILL, returns what it announced. */
function runAndKill(folder: string, startAt: number, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, folder, String(startAt)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let started = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!started && out.includes('end ')) {
        started = true;
        setTimeout(() => child.kill('SIGKILL'), ms);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the child stopped by itself: ${err}`));
      else resolve(out.split('\n').filter(Boolean));
    });
  });
}

describe('saving survives a crash at any moment', () => {
  const tempDir = useTempDirs();

  it(`leaves every document whole, holding the old or the new content, across ${KILLS} kills`, async () => {
    const folder = await copySampleProject(join(await tempDir(), 'project'));
    let next = 1;
    for (let round = 0; round < KILLS; round += 1) {
      const lines = await runAndKill(folder, next, 5 + ((round * 37) % 120));
      const ended = lines.filter((line) => line.startsWith('end ')).map((line) => Number(line.slice(4)));
      const begun = lines.filter((line) => line.startsWith('begin ')).map((line) => Number(line.slice(6)));
      const lastEnded = Math.max(...ended);
      const lastBegun = Math.max(...begun);

      for (const name of (await readdir(join(folder, 'documents'))).filter((n) => !isTemporaryFileName(n))) {
        const parsed = parseDocumentFile(
          name.replace('.json', ''),
          await readFile(join(folder, 'documents', name), 'utf8'),
          'numeric',
        );
        expect(parsed.ok, `${name} after kill ${round + 1}`).toBe(true);
      }
      const pro2 = parseDocumentFile('PRO-002', await readFile(join(folder, 'documents', 'PRO-002.json'), 'utf8'), 'numeric');
      if (!pro2.ok) throw new Error(pro2.reason);
      const onDisk = Number(/^iteration (\d+) /.exec(contentToPlainText(pro2.value.content))?.[1]);
      // The file holds the last completed save, or the one in flight when the process died.
      expect([lastEnded, lastBegun], `after kill ${round + 1}`).toContain(onDisk);
      next = lastBegun + 1;
    }
  }, 120_000);
});
