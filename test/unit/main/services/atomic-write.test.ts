import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTemporaryFileName, writeFileAtomic, writeNewFileAtomic } from '../../../../src-main/services/atomic-write';
import { useTempDirs } from '../../../support/temp-dir';

describe('writeFileAtomic', () => {
  const tempDir = useTempDirs();

  it('replaces the content and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const path = join(dir, 'POL-001.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new content');
    expect(await readFile(path, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['POL-001.json']);
  });

  it('leaves the old file as it was when the write cannot happen', async () => {
    const dir = await tempDir();
    const path = join(dir, 'missing-folder', 'x.json');
    await expect(writeFileAtomic(path, 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('many concurrent writes end with one complete version, never a mix', async () => {
    const dir = await tempDir();
    const path = join(dir, 'doc.json');
    const versions = Array.from({ length: 20 }, (_, n) => `version ${n} `.repeat(2000));
    await Promise.all(versions.map((text) => writeFileAtomic(path, text)));
    expect(versions).toContain(await readFile(path, 'utf8'));
    expect((await readdir(dir)).filter(isTemporaryFileName)).toEqual([]);
  });

  it('names its temporary files so that folder listings can pass over them', () => {
    expect(isTemporaryFileName('.POL-001.json.1234.abcdef.tmp')).toBe(true);
    expect(isTemporaryFileName('POL-001.json')).toBe(false);
  });

  it('creates a new file, but refuses with EEXIST to replace one that appeared meanwhile', async () => {
    const dir = await tempDir();
    const path = join(dir, 'POL-003.json');
    await writeNewFileAtomic(path, 'first');
    await expect(writeNewFileAtomic(path, 'second')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['POL-003.json']);
  });
});
