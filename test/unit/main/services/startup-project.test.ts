import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataDir } from '../../../../src-main/services/app-paths';
import { resolveStartupProject, SAMPLE_WORKING_COPY_NAME } from '../../../../src-main/services/startup-project';
import { SAMPLE_PROJECT } from '../../../support/paths';
import { useTempDirs } from '../../../support/temp-dir';

describe('the project opened at start', () => {
  const tempDir = useTempDirs();

  it('is a fresh working copy of the sample in the user data folder on a first run, never the original', async () => {
    const userData = await tempDir();
    const folder = await resolveStartupProject({ userData, sampleProject: SAMPLE_PROJECT });
    expect(folder).toBe(join(userData, SAMPLE_WORKING_COPY_NAME));
    expect(folder).not.toBe(SAMPLE_PROJECT);
    expect((await readdir(join(folder, 'documents'))).sort()).toEqual((await readdir(join(SAMPLE_PROJECT, 'documents'))).sort());
    expect(JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8'))).toEqual({ lastProject: folder });
  });

  it('is the same working copy, with the user’s edits, on the next run', async () => {
    const userData = await tempDir();
    const first = await resolveStartupProject({ userData, sampleProject: SAMPLE_PROJECT });
    await writeFile(join(first, 'documents', 'POL-001.json'), 'edited by the user');
    const second = await resolveStartupProject({ userData, sampleProject: SAMPLE_PROJECT });
    expect(second).toBe(first);
    expect(await readFile(join(second, 'documents', 'POL-001.json'), 'utf8')).toBe('edited by the user');
  });

  it('is the folder the user named, when one is given', async () => {
    const userData = await tempDir();
    const folder = await resolveStartupProject({ requested: '/some/where', userData, sampleProject: SAMPLE_PROJECT });
    expect(folder).toBe('/some/where');
    expect(await readdir(userData)).toEqual([]);
  });

  it('does not copy over an unrelated folder that has the working copy’s name', async () => {
    const userData = await tempDir();
    await mkdir(join(userData, SAMPLE_WORKING_COPY_NAME));
    await writeFile(join(userData, SAMPLE_WORKING_COPY_NAME, 'notes.txt'), 'mine');
    const folder = await resolveStartupProject({ userData, sampleProject: SAMPLE_PROJECT });
    expect(folder).toBe(join(userData, `${SAMPLE_WORKING_COPY_NAME} 2`));
    expect(await readdir(join(userData, SAMPLE_WORKING_COPY_NAME))).toEqual(['notes.txt']);
  });

  it('leaves a damaged settings file as it is and says so', async () => {
    const userData = await tempDir();
    await writeFile(join(userData, 'settings.json'), '{ not json');
    const warnings: string[] = [];
    const folder = await resolveStartupProject({ userData, sampleProject: SAMPLE_PROJECT, warn: (m) => warnings.push(m) });
    expect(folder).toBe(join(userData, SAMPLE_WORKING_COPY_NAME));
    expect(await readFile(join(userData, 'settings.json'), 'utf8')).toBe('{ not json');
    expect(warnings[0]).toMatch(/Settings file .* could not be read/);
  });
});

describe('the user data folder', () => {
  it('follows the platform, like Electron’s userData', () => {
    expect(userDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/QMS Workbench');
    expect(userDataDir({ APPDATA: 'C:\\Users\\q\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming.QMS Workbench$/);
    expect(userDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/QMS Workbench$/);
  });

  it('can be redirected with QMS_USER_DATA', () => {
    expect(userDataDir({ QMS_USER_DATA: '/tmp/run-1' }, 'linux')).toBe('/tmp/run-1');
  });
});
