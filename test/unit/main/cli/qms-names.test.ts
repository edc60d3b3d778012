import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS_FILE_NAME } from '../../../../src-main/services/settings';
import { copySampleProject } from '../../../support/paths';
import { qmsInProcess as qms } from '../../../support/qms-in-process';
import { useTempDirs } from '../../../support/temp-dir';

// In process: a NUL cannot even be passed to a real process as an argument.
const RULE = 'may not contain control characters or bidirectional-text controls';

describe('names on the qms command line', () => {
  const tempDir = useTempDirs();

  it('refuses an organization name with a hidden character, naming --org, and makes nothing', async () => {
    const root = await tempDir();
    for (const [org, found] of [
      ['Acme\u202e Ltd', 'U+202E'],
      ['Acme\u0000', 'U+0000'],
      ['Acme\nLtd', 'U+000A'],
    ] as const) {
      const dir = join(root, 'acme');
      const refused = await qms(['new', dir, '--org', org], root);
      expect(refused.code).toBe(2);
      expect(refused.stderr.split('\n')[0]).toBe(`qms new: --org ${RULE} (it has ${found}).`);
      expect(existsSync(dir)).toBe(false);
    }
  });

  it('refuses --by with a hidden character in every command that records who acts, and changes nothing', async () => {
    const root = await tempDir();
    const dir = await copySampleProject(join(root, 'sample'));
    const files = ['history.jsonl', 'documents/PRO-002.json'];
    const before = await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')));
    for (const args of [
      ['status', dir, 'PRO-002', 'in-review', '--by', 'Tom\u202eOkafor'],
      ['status', dir, 'PRO-002', 'in-review', '--by', 'Tom\u0000'],
      ['add', dir, '--template', 'quality-policy', '--by', 'Tom\u2066Okafor'],
      ['new', join(root, 'new'), '--org', 'Acme Ltd', '--essentials', '--by', 'Tom\u200fOkafor'],
    ]) {
      const refused = await qms(args, root);
      expect(refused.code, args.join(' ')).toBe(2);
      expect(refused.stderr.split('\n')[0], args.join(' ')).toMatch(
        new RegExp(`^qms (status|add|new): --by ${RULE} \\(it has U\\+`),
      );
    }
    expect(await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')))).toEqual(before);
    expect(existsSync(join(dir, 'documents', 'POL-003.json'))).toBe(false);
    expect(existsSync(join(root, 'new'))).toBe(false);
  });

  it('does not take a name with a hidden character from the settings: approval then asks for --by', async () => {
    const root = await tempDir();
    const dir = await copySampleProject(join(root, 'sample'));
    await writeFile(join(root, SETTINGS_FILE_NAME), JSON.stringify({ userName: 'Elaine\u202eMarsh' }));
    const refused = await qms(['status', dir, 'PRO-001', 'approved'], root);
    expect(refused).toMatchObject({ code: 1, stderr: 'qms status: Approval needs the approver’s name: add --by "<name>".\n' });
  });
});
