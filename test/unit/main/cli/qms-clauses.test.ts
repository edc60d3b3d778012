import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qmsInProcess } from '../../../support/qms-in-process';
import { useTempDirs } from '../../../support/temp-dir';

// About what the commands print, not the process boundary: run in this process, in milliseconds.
describe('qms clauses and the coverage part of qms check', () => {
  const tempDir = useTempDirs();

  it('prints the whole catalog, every kind under its heading, the clauses as a tree with the kinds of records once each', async () => {
    const root = await tempDir();
    const text = await qmsInProcess(['clauses'], root);
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
    const entries = JSON.parse((await qmsInProcess(['clauses', '--json'], root)).stdout) as Array<{ kind: string; id: string }>;
    const kinds = new Set(entries.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(['certification', 'clause', 'explainer', 'faq', 'foundation', 'front-matter', 'term']);
    const scope = entries.find((entry) => entry.id === '4.3');
    expect(scope).toMatchObject({ kind: 'clause', parent: '4', documentedInformation: [{ kind: 'maintain' }] });
    for (const key of ['title', 'intent', 'obligations', 'auditEvidence', 'pitfalls', 'foundations', 'selfCheck', 'questions'])
      expect(scope).toHaveProperty(key);

    const terms = JSON.parse((await qmsInProcess(['clauses', '--kind', 'term', '--json'], root)).stdout) as Array<{
      kind: string;
    }>;
    expect(terms.length).toBeGreaterThanOrEqual(40);
    expect(new Set(terms.map((entry) => entry.kind))).toEqual(new Set(['term']));

    const one = await qmsInProcess(['clauses', '5.1.2'], root);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^5\.1\.2 Customer focus\n/);
    expect(one.stdout).toContain('Rests on: ');
    expect(one.stdout).toContain('Check yourself (true or false):');
    expect(one.stdout).toMatch(/\n {2}[a-e]\) .*\[right\]/);
    expect((await qmsInProcess(['clauses', 'term-corrective-action'], root)).stdout).toMatch(/^corrective action\n/);

    const unknown = await qmsInProcess(['clauses', '12.9'], root);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('The catalog has no entry "12.9"');
    const badKind = await qmsInProcess(['clauses', '--kind', 'poem'], root);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('--kind must be one of clause, foundation');
  });

  it('prints a quiz as text with an answer key, or as JSON, from a preset or chosen clauses', async () => {
    const root = await tempDir();
    const text = await qmsInProcess(['quiz', '--preset', 'awareness'], root);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Everyone’s awareness \(clauses 7\.3, .*\): \d+ questions\n/);
    expect(text.stdout).toMatch(/\n1\. \[7\.3\] .*\n/);
    expect(text.stdout).toMatch(/\nAnswers\n\n1\. (true|false|[a-e]): /);
    const quiz = JSON.parse((await qmsInProcess(['quiz', '--clauses', '9.2,7.2', '--json'], root)).stdout);
    expect(quiz.clauses).toEqual(['7.2', '9.2']);
    expect(quiz.items.length).toBeGreaterThanOrEqual(6);
    expect(quiz.items.some((item: { kind: string }) => item.kind === 'choice')).toBe(true);
    expect(await qmsInProcess(['quiz', '--clauses', '77.1'], root)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Clause 77.1 is not in the catalog'),
    });
    expect((await qmsInProcess(['quiz'], root)).code).toBe(2);
  });

  it('reports clauses whose required documented information no document addresses, and a doubtful exclusion', async () => {
    const root = await tempDir();
    const dir = join(root, 'acme');
    await qmsInProcess(['new', dir, '--org', 'Acme'], root);
    const project = JSON.parse(await readFile(join(dir, 'qms-project.json'), 'utf8'));
    project.organization.notApplicable = [{ clause: '7.2', justification: 'We are all experts.' }];
    await writeFile(join(dir, 'qms-project.json'), JSON.stringify(project));
    const report = JSON.parse((await qmsInProcess(['check', dir, '--json'], root)).stdout);
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
    const doubtful = JSON.parse((await qmsInProcess(['check', dir, '--json'], root)).stdout);
    expect(doubtful.warnings.find((w: { kind: string }) => w.kind === 'exclusion')?.message).toMatch(
      /^8\.5\.3 is declared not applicable; an auditor accepts that only on a condition\. Only when .*personal data/,
    );
    project.organization.notApplicable = [{ clause: '7.2', justification: 'We are all experts.' }];
    await writeFile(join(dir, 'qms-project.json'), JSON.stringify(project));

    await qmsInProcess(['add', dir, '--template', 'quality-policy', '--by', 'Jo'], root);
    const after = JSON.parse((await qmsInProcess(['check', dir, '--json'], root)).stdout);
    const remaining = after.warnings
      .filter((w: { kind: string }) => w.kind === 'coverage-gap')
      .map((w: { clause: string }) => w.clause);
    expect(remaining).not.toContain('5.2.2');
    expect(remaining.length).toBe(gaps.length - 1);
  });
});
