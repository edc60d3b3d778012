import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SAMPLE_PROJECT } from '../../../support/paths';
import { useTempDirs } from '../../../support/temp-dir';

// In the packaged program the sample project sits inside app.asar. Electron's asar support
// covers readdir, stat and copyFile but not fs.cp or opendir, which then fail with ENOENT
// (electron/electron#49012). Here they fail the same way for every path.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const unsupported = (name: string) => async (path: unknown) => {
    throw Object.assign(new Error(`ENOENT, ${String(path)} not found in app.asar (${name})`), { code: 'ENOENT' });
  };
  return { ...actual, cp: unsupported('cp'), opendir: unsupported('opendir') };
});

const { resolveStartupProject } = await import('../../../../src-main/services/startup-project');

async function filesUnder(root: string, dir = root): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(root, path)));
    else found.push(relative(root, path));
  }
  return found.sort();
}

describe('the first-run copy of the sample project in the packaged program', () => {
  const tempDir = useTempDirs();

  it('copies every file of the sample with only the calls that work inside app.asar', async () => {
    const userData = await tempDir();
    const folder = await resolveStartupProject({ userData, sampleProject: SAMPLE_PROJECT });
    const files = await filesUnder(SAMPLE_PROJECT);
    expect(files.length).toBeGreaterThan(5);
    expect(await filesUnder(folder)).toEqual(files);
    for (const file of files) {
      expect(await readFile(join(folder, file)), file).toEqual(await readFile(join(SAMPLE_PROJECT, file)));
    }
  });
});
