import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../../src-main/services/project-store';
import { contentJson, nestedListsJson, withJsonAt } from '../../../support/deep-json';
import { copySampleProject } from '../../../support/paths';
import { qms } from '../../../support/qms-bin';
import { storeOptions } from '../../../support/sample-store';
import { useTempDirs } from '../../../support/temp-dir';

function expectOneLineError(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split('\n');
  expect(lines[0]).toMatch(pattern);
  return lines;
}

describe('the qms command line', { timeout: 120_000 }, () => {
  const tempDir = useTempDirs();

  it('creates a project, adds a document from a template and lists it', async () => {
    const root = await tempDir();
    const dir = join(root, 'acme');
    const created = qms(['new', dir, '--org', 'Acme Castings Ltd'], root);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toMatch(/Created the project of Acme Castings Ltd/);
    const project = JSON.parse(await readFile(join(dir, 'qms-project.json'), 'utf8'));
    expect(project).toMatchObject({ schemaVersion: 2, organization: { name: 'Acme Castings Ltd' }, revisionScheme: 'numeric' });
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toContain('.qms-lock');

    expect(qms(['templates'], root).stdout).toMatch(
      /^quality-policy {2}Quality Policy \(Policy; clauses 5\.2, 5\.2\.1, 5\.2\.2, 7\.3\)$/m,
    );
    const added = qms(['add', dir, '--template', 'quality-policy', '--by', 'Jo Lee'], root);
    expect(added).toMatchObject({ code: 0, stdout: 'POL-001\n' });
    const second = qms(['add', dir, '--template', 'quality-policy', '--title', 'Group Quality Policy', '--by', 'Jo Lee'], root);
    expect(second.stdout).toBe('POL-002\n');

    const listed = qms(['list', dir, '--json'], root);
    expect(listed.code).toBe(0);
    const rows = JSON.parse(listed.stdout);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      id: 'POL-002',
      title: 'Group Quality Policy',
      type: 'policy',
      status: 'draft',
      revision: '1',
      owner: 'Jo Lee',
    });
    for (const key of ['id', 'title', 'type', 'status', 'revision', 'owner', 'effectiveDate', 'nextReviewDate', 'clauses']) {
      expect(rows[0]).toHaveProperty(key);
    }
    const text = qms(['list', dir], root);
    expect(text.stdout.split('\n')[0]).toMatch(/^ID\s+Title\s+Type\s+Status\s+Rev\s+Owner\s+Effective\s+Next review$/);
    expect(text.stdout).toMatch(/POL-002\s+Group Quality Policy\s+Policy\s+Draft\s+1\s+Jo Lee/);
  });

  it('makes a project with its essential documents, recorded as made by --by, and lists every template as JSON', async () => {
    const root = await tempDir();
    const dir = join(root, 'brookfield');
    const created = qms(['new', dir, '--org', 'Brookfield Facilities Ltd', '--essentials', '--by', 'Sam Ortiz', '--json'], root);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toEqual({
      folder: dir,
      documents: ['POL-001', 'POL-002', 'PLN-001', 'QM-001', 'PRO-001', 'PRO-002', 'PRO-003', 'PRO-004'],
    });
    const history = (await readFile(join(dir, 'history.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(history).toHaveLength(8);
    expect(history.every((entry) => entry.by === 'Sam Ortiz' && entry.event === 'created')).toBe(true);
    expect(qms(['new', join(root, 'x'), '--org', 'X', '--by', 'Sam'], root)).toMatchObject({ code: 2 });

    const templates = JSON.parse(qms(['templates', '--json'], root).stdout);
    expect(templates).toHaveLength(32);
    for (const template of templates) {
      expect(Object.keys(template)).toEqual(
        expect.arrayContaining(['id', 'title', 'documentType', 'clauses', 'summary', 'source']),
      );
    }
    expect(templates.find((t: { id: string }) => t.id === 'internal-audit')).toMatchObject({
      title: 'Internal Audit',
      documentType: 'procedure',
      clauses: ['9.2', '9.2.1', '9.2.2'],
    });
  });

  it('lists untailored documents in qms check, and warns when one is approved as it stands', async () => {
    const root = await tempDir();
    const dir = join(root, 'acme');
    qms(['new', dir, '--org', 'Acme Ltd'], root);
    expect(qms(['add', dir, '--template', 'internal-audit', '--by', 'Jo Lee'], root).stdout).toBe('PRO-001\n');
    const report = JSON.parse(qms(['check', dir, '--json'], root).stdout);
    const untailored = report.warnings.find((w: { kind: string }) => w.kind === 'tailoring');
    expect(untailored).toMatchObject({ document: 'PRO-001' });
    expect(untailored.message).toMatch(
      /^PRO-001 Internal Audit is not yet the organization's own: 100% of its text is still the template's wording \(\d+ of \d+ sentences\)\./,
    );
    expect(untailored.message).toMatch(/guidance blocks are still in the document/);

    qms(['status', dir, 'PRO-001', 'in-review', '--by', 'Jo Lee'], root);
    const approved = qms(['status', dir, 'PRO-001', 'approved', '--by', 'Kim Park'], root);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toMatch(/^PRO-001 is now approved at revision 1/);
    expect(approved.stderr).toMatch(/^warning: PRO-001 was approved with untailored text: 100% of its text/);
  });

  it('refuses to make a project in a folder that is not empty or already a project', async () => {
    const root = await tempDir();
    const busy = join(root, 'busy');
    await mkdir(busy);
    await writeFile(join(busy, 'notes.txt'), 'mine');
    const refused = qms(['new', busy, '--org', 'X'], root);
    expect(refused.code).toBe(1);
    expectOneLineError(refused.stderr, /^qms new: .*busy is not empty and is not a project/);
    expect(existsSync(join(busy, 'qms-project.json'))).toBe(false);

    const project = await copySampleProject(join(root, 'sample'));
    expect(qms(['new', project, '--org', 'X'], root).stderr).toMatch(/already a QMS Workbench project/);
  });

  it('moves a document through its statuses under the rules, and reports what it refuses', async () => {
    const root = await tempDir();
    const dir = await copySampleProject(join(root, 'sample'));
    const before = await readFile(join(dir, 'documents', 'PRO-002.json'), 'utf8');

    const jump = qms(['status', dir, 'PRO-002', 'approved', '--by', 'Elaine Marsh'], root);
    expect(jump.code).toBe(1);
    expect(jump.stderr).toBe('qms status: PRO-002 is draft and cannot move to approved; it can move to in review.\n');
    expect(await readFile(join(dir, 'documents', 'PRO-002.json'), 'utf8')).toBe(before);

    expect(qms(['status', dir, 'PRO-002', 'in-review', '--by', 'Tom Okafor'], root).stdout).toBe(
      'PRO-002 is now in review at revision 1\n',
    );
    const noName = qms(['status', dir, 'PRO-002', 'approved'], root);
    expect(noName.code).toBe(1);
    expect(noName.stderr).toMatch(/Approval needs the approver’s name/);
    const approved = qms(['status', dir, 'PRO-002', 'approved', '--by', 'Elaine Marsh', '--note', 'MR 2026-11', '--json'], root);
    expect(approved.code).toBe(0);
    expect(JSON.parse(approved.stdout)).toMatchObject({ status: 'approved', effective: { approvedBy: 'Elaine Marsh' } });
    const history = (await readFile(join(dir, 'history.jsonl'), 'utf8')).trim().split('\n');
    expect(JSON.parse(history.at(-1) as string)).toMatchObject({ by: 'Elaine Marsh', document: 'PRO-002', note: 'MR 2026-11' });
  });

  it('answers wrong usage with exit 2 and a reported problem with exit 1, one line on stderr', async () => {
    const root = await tempDir();
    const dir = await copySampleProject(join(root, 'sample'));
    const cases: Array<[string[], number, RegExp]> = [
      [[], 2, /^Usage:/],
      [['frobnicate'], 2, /^qms: unknown command "frobnicate"/],
      [['status', dir, 'PRO-002', 'published'], 2, /^qms status: "published" is not a status/],
      [['status', dir, '../etc', 'draft'], 2, /^qms status: "..\/etc" is not a document number/],
      [
        ['status', dir, 'PRO-002', 'approved', '--by', 'X', '--next-review', '31/12/2027'],
        2,
        /--next-review must be a date as YYYY-MM-DD/,
      ],
      [['status', dir, 'PRO-404', 'in-review', '--by', 'X'], 1, /^qms status: There is no document PRO-404 in this project\.$/],
      [['list'], 2, /^qms list: Missing <dir>/],
      [['list', dir, '--csv'], 2, /^qms list: Unknown option --csv/],
      [['list', join(root, 'nowhere')], 1, /is not a QMS Workbench project/],
      [['add', dir, '--template', 'no-such-template', '--by', 'X'], 1, /^qms add: There is no template "no-such-template"/],
      [['new', join(root, 'x'), '--org', 'X', '--revisions', 'roman'], 2, /--revisions must be numeric, decimal or letters/],
    ];
    for (const [args, code, pattern] of cases) {
      const result = qms(args, root);
      expect(result.code, args.join(' ')).toBe(code);
      const stream = code === 2 && args.length === 0 ? result.stdout : result.stderr;
      expect(stream.trim().split('\n')[0], args.join(' ')).toMatch(pattern);
      if (code === 1) expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('checks a project: warnings exit 0, damaged files exit 1, and --json says the same', async () => {
    const root = await tempDir();
    const dir = await copySampleProject(join(root, 'sample'));
    const clean = qms(['check', dir], root);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/warning: PRO-001 Control of Documented Information was due for review on 2026-06-16\./);
    expect(clean.stdout).toMatch(/warning: 9\.2\.2 Audit programme.*: no document addresses/);
    expect(clean.stdout).toMatch(/\n0 errors, \d+ warnings\n$/);

    await writeFile(join(dir, 'documents', 'PRO-007.json'), '{"schemaVersion": 2, "meta": {}}');
    const damaged = qms(['check', dir, '--json'], root);
    expect(damaged.code).toBe(1);
    const report = JSON.parse(damaged.stdout);
    expect(report.ok).toBe(false);
    expect(report.errors[0]).toMatchObject({ kind: 'damaged-file', file: 'documents/PRO-007.json' });

    // A training record is evidence too: a damaged one is an error, named, and left as it is.
    await mkdir(join(dir, 'training'), { recursive: true });
    await writeFile(join(dir, 'training', 'TR-20260101-aaaaaa.json'), '{"schema": 1, "person": "Ann"}');
    const training = JSON.parse(qms(['check', dir, '--json'], root).stdout);
    expect(training.errors.map((error: { file: string }) => error.file)).toContain('training/TR-20260101-aaaaaa.json');
    expect(await readFile(join(dir, 'training', 'TR-20260101-aaaaaa.json'), 'utf8')).toBe('{"schema": 1, "person": "Ann"}');
  });

  it('lists and checks a project with a document nested thousands of levels deep, naming that file as damaged', async () => {
    const root = await tempDir();
    const dir = await copySampleProject(join(root, 'sample'));
    const file = JSON.parse(await readFile(join(dir, 'documents', 'PRO-002.json'), 'utf8'));
    const deep = withJsonAt({ ...file, meta: { ...file.meta, id: 'PRO-009' } }, 'content', contentJson(nestedListsJson(4000)));
    await writeFile(join(dir, 'documents', 'PRO-009.json'), deep);

    const listed = qms(['list', dir], root);
    expect(listed.code).toBe(0);
    expect(listed.stderr).not.toMatch(/error/i);
    expect(listed.stdout).toMatch(/^PRO-002\s+Nonconformity and Corrective Action/m);
    expect(listed.stdout).toMatch(/^Damaged: documents\/PRO-009\.json: .*nested deeper than .*64 levels/m);

    const checked = qms(['check', dir, '--json'], root);
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout).errors).toEqual([
      expect.objectContaining({
        kind: 'damaged-file',
        file: 'documents/PRO-009.json',
        message: expect.stringMatching(/nested deeper than/),
      }),
    ]);
    expect(await readFile(join(dir, 'documents', 'PRO-009.json'), 'utf8')).toBe(deep);
  });

  it('will not write a project another program holds, and says who holds it', async () => {
    const root = await tempDir();
    const dir = await copySampleProject(join(root, 'sample'));
    const holder = await ProjectStore.open(dir, storeOptions({ program: 'QMS Workbench' }));
    try {
      const refused = qms(['status', dir, 'PRO-002', 'in-review', '--by', 'Tom'], root);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^qms status: .* is open in QMS Workbench \(process \d+ on .+ since .+\)/);
      expect(qms(['list', dir], root).code).toBe(0);
    } finally {
      await holder.close();
    }
  });
});
