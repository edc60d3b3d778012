import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeExportFile } from '../../../../../src-main/services/export/export-file';
import { useTempDirs } from '../../../../support/temp-dir';

/** Set to make the next atomic write fail as a full disk would. */
const failure = vi.hoisted(() => ({ next: null as string | null }));

vi.mock('../../../../../src-main/services/atomic-write', async (original) => {
  const actual = await original<typeof import('../../../../../src-main/services/atomic-write')>();
  return {
    ...actual,
    writeFileAtomic: async (path: string, data: string | Uint8Array) => {
      if (failure.next) {
        const code = failure.next;
        failure.next = null;
        throw Object.assign(new Error(`${code}: simulated`), { code });
      }
      return actual.writeFileAtomic(path, data);
    },
  };
});

describe('writing an export', () => {
  const tempDir = useTempDirs();
  const bytes = new TextEncoder().encode('PK fake');

  it('writes the file whole and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const target = join(dir, 'manual.docx');
    await writeFile(target, 'an older export');
    expect(await writeExportFile(target, bytes)).toBe(target);
    expect(await readFile(target, 'utf8')).toBe('PK fake');
    expect(await readdir(dir)).toEqual(['manual.docx']);
  });

  it('refuses a folder and a missing folder, naming the path, and writes nothing', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'out.docx'));
    await expect(writeExportFile(join(dir, 'out.docx'), bytes)).rejects.toThrow(`${join(dir, 'out.docx')} is a folder`);
    await expect(writeExportFile(join(dir, 'missing', 'x.docx'), bytes)).rejects.toThrow(
      `The folder ${join(dir, 'missing')} does not exist; nothing was written.`,
    );
    expect(await readdir(dir)).toEqual(['out.docx']);
    expect(await readdir(join(dir, 'out.docx'))).toEqual([]);
  });

  it('reports a full disk in words, keeping an earlier export of the same name as it was', async () => {
    const dir = await tempDir();
    const target = join(dir, 'manual.docx');
    await writeFile(target, 'the earlier export');
    failure.next = 'ENOSPC';
    await expect(writeExportFile(target, bytes)).rejects.toThrow(
      `Cannot write manual.docx in ${dir} (the disk is full); nothing was written.`,
    );
    expect(await readFile(target, 'utf8')).toBe('the earlier export');
    expect(await readdir(dir)).toEqual(['manual.docx']);
  });
});
