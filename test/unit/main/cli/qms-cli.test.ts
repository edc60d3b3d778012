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

describe('qms clauses and the coverage part of qms check', { timeout: 120_000 }, () => {
  const tempDir = useTempDirs();

  it('prints the whole catalog, every kind under its heading, the clauses as a tree with the kinds of records once each', async () => {
    const root = await tempDir();
    const text = qms(['clauses'], root);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ISO 9001:2015 \(ISO 9001:2015\/Amd 1:2024/);
    expect(text.stdout).toMatch(/\n {6}7\.5\.3\.2 .*\[.*retain\]/);
    // Two records of the same kind are one kind: [retain], never [retain, retain].
    expect(text.stdout).toMatch(/\n {6}8\.2\.3\.2 [^\n]* {2}\[retain\]\n/);
    expect(text.stdout).toMatch(/\n {4}9\.2\.2 [^\n]* {2}\[retain\]\n/);
    for (const heading of [
      'Introduction and Annex A',
      'Clauses',
      'Foundations',
      'Glossary',
      'Questions clients ask',
      'Explainers',
    ])
      expect(text.stdout).toContain(`\n${heading}\n`);
  });

  it('prints every entry as JSON with its kind, one kind with --kind, and one entry by its id', async () => {
    const root = await tempDir();
    const entries = JSON.parse(qms(['clauses', '--json'], root).stdout) as Array<{ kind: string; id: string }>;
    const kinds = new Set(entries.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(['certification', 'clause', 'explainer', 'faq', 'foundation', 'front-matter', 'term']);
    const scope = entries.find((entry) => entry.id === '4.3');
    expect(scope).toMatchObject({ kind: 'clause', parent: '4', documentedInformation: [{ kind: 'maintain' }] });
    for (const key of ['title', 'intent', 'obligations', 'auditEvidence', 'pitfalls', 'foundations', 'selfCheck', 'questions'])
      expect(scope).toHaveProperty(key);

    const terms = JSON.parse(qms(['clauses', '--kind', 'term', '--json'], root).stdout) as Array<{ kind: string }>;
    expect(terms.length).toBeGreaterThanOrEqual(40);
    expect(new Set(terms.map((entry) => entry.kind))).toEqual(new Set(['term']));

    const one = qms(['clauses', '5.1.2'], root);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^5\.1\.2 Customer focus\n/);
    expect(one.stdout).toContain('Rests on: ');
    expect(one.stdout).toContain('Check yourself (true or false):');
    expect(one.stdout).toMatch(/\n {2}[a-e]\) .*\[right\]/);
    expect(qms(['clauses', 'term-corrective-action'], root).stdout).toMatch(/^corrective action\n/);

    const unknown = qms(['clauses', '12.9'], root);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('The catalog has no entry "12.9"');
    const badKind = qms(['clauses', '--kind', 'poem'], root);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('--kind must be one of clause, foundation');
  });

  it('prints a quiz as text with an answer key, or as JSON, from a preset or chosen clauses', async () => {
    const root = await tempDir();
    const text = qms(['quiz', '--preset', 'awareness'], root);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Everyone’s awareness \(clauses 7\.3, .*\): \d+ questions\n/);
    expect(text.stdout).toMatch(/\n1\. \[7\.3\] .*\n/);
    expect(text.stdout).toMatch(/\nAnswers\n\n1\. (true|false|[a-e]): /);
    const quiz = JSON.parse(qms(['quiz', '--clauses', '9.2,7.2', '--json'], root).stdout);
    expect(quiz.clauses).toEqual(['7.2', '9.2']);
    expect(quiz.items.length).toBeGreaterThanOrEqual(6);
    expect(quiz.items.some((item: { kind: string }) => item.kind === 'choice')).toBe(true);
    expect(qms(['quiz', '--clauses', '77.1'], root)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Clause 77.1 is not in the catalog'),
    });
    expect(qms(['quiz'], root).code).toBe(2);
  });

  it('reports clauses whose required documented information no document addresses, and a doubtful exclusion', async () => {
    const root = await tempDir();
    const dir = join(root, 'acme');
    qms(['new', dir, '--org', 'Acme'], root);
    const project = JSON.parse(await readFile(join(dir, 'qms-project.json'), 'utf8'));
    project.organization.notApplicable = [{ clause: '7.2', justification: 'We are all experts.' }];
    await writeFile(join(dir, 'qms-project.json'), JSON.stringify(project));
    const report = JSON.parse(qms(['check', dir, '--json'], root).stdout);
    const gaps = report.warnings
      .filter((w: { kind: string }) => w.kind === 'coverage-gap')
      .map((w: { clause: string }) => w.clause);
    expect(gaps).toContain('4.3');
    // An exclusion the standard does not allow leaves the gap standing.
    expect(gaps).toContain('7.2');
    expect(report.warnings.find((w: { kind: string }) => w.kind === 'exclusion')?.message).toMatch(/7\.2 is outside clause 8/);
    // An exclusion an auditor accepts only on a condition is reported with that condition.
    project.organization.notApplicable = [{ clause: '8.5.3', justification: 'We hold nothing of our customers.' }];
    await writeFile(join(dir, 'qms-project.json'), JSON.stringify(project));
    const doubtful = JSON.parse(qms(['check', dir, '--json'], root).stdout);
    expect(doubtful.warnings.find((w: { kind: string }) => w.kind === 'exclusion')?.message).toMatch(
      /^8\.5\.3 is declared not applicable; an auditor accepts that only on a condition\. Only when .*personal data/,
    );
    project.organization.notApplicable = [{ clause: '7.2', justification: 'We are all experts.' }];
    await writeFile(join(dir, 'qms-project.json'), JSON.stringify(project));

    qms(['add', dir, '--template', 'quality-policy', '--by', 'Jo'], root);
    const after = JSON.parse(qms(['check', dir, '--json'], root).stdout);
    const remaining = after.warnings
      .filter((w: { kind: string }) => w.kind === 'coverage-gap')
      .map((w: { clause: string }) => w.clause);
    expect(remaining).not.toContain('5.2.2');
    expect(remaining.length).toBe(gaps.length - 1);
  });
});
