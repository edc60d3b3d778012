import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClauseCatalog } from '../../../../src-main/services/clause-catalog';
import { catalogProblems, clauseTexts, sharedWordRuns, words } from '../../../../src-shared/guidance/catalog-checks';
import type { ClauseCatalog } from '../../../../src-shared/guidance/catalog-schema';
import { REPO_ROOT } from '../../../support/paths';

/** Every clause and sub-clause ISO 9001:2015 numbers, from 4 to 10. */
const ISO_9001_CLAUSES = [
  '4',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.4.1',
  '4.4.2',
  '5',
  '5.1',
  '5.1.1',
  '5.1.2',
  '5.2',
  '5.2.1',
  '5.2.2',
  '5.3',
  '6',
  '6.1',
  '6.1.1',
  '6.1.2',
  '6.2',
  '6.2.1',
  '6.2.2',
  '6.3',
  '7',
  '7.1',
  '7.1.1',
  '7.1.2',
  '7.1.3',
  '7.1.4',
  '7.1.5',
  '7.1.5.1',
  '7.1.5.2',
  '7.1.6',
  '7.2',
  '7.3',
  '7.4',
  '7.5',
  '7.5.1',
  '7.5.2',
  '7.5.3',
  '7.5.3.1',
  '7.5.3.2',
  '8',
  '8.1',
  '8.2',
  '8.2.1',
  '8.2.2',
  '8.2.3',
  '8.2.3.1',
  '8.2.3.2',
  '8.2.4',
  '8.3',
  '8.3.1',
  '8.3.2',
  '8.3.3',
  '8.3.4',
  '8.3.5',
  '8.3.6',
  '8.4',
  '8.4.1',
  '8.4.2',
  '8.4.3',
  '8.5',
  '8.5.1',
  '8.5.2',
  '8.5.3',
  '8.5.4',
  '8.5.5',
  '8.5.6',
  '8.6',
  '8.7',
  '8.7.1',
  '8.7.2',
  '9',
  '9.1',
  '9.1.1',
  '9.1.2',
  '9.1.3',
  '9.2',
  '9.2.1',
  '9.2.2',
  '9.3',
  '9.3.1',
  '9.3.2',
  '9.3.3',
  '10',
  '10.1',
  '10.2',
  '10.2.1',
  '10.2.2',
  '10.3',
];

let catalog: ClauseCatalog;
beforeAll(async () => {
  catalog = await loadClauseCatalog(join(REPO_ROOT, 'resources', 'standards'));
});

describe('the ISO 9001:2015 clause catalog', () => {
  it('has every clause and sub-clause of the standard, once, in order', () => {
    expect(catalog.clauses.map((entry) => entry.id)).toEqual(ISO_9001_CLAUSES);
  });

  it('is structurally sound: parents exist, related clauses exist, main clauses have 2-4 self-checks', () => {
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it('has no run of 12 words repeated between two entries', () => {
    const entries = [
      ...catalog.clauses.map((entry) => ({ id: entry.id, texts: clauseTexts(entry) })),
      ...catalog.foundations.map((entry) => ({
        id: entry.id,
        texts: [entry.summary, ...entry.explanation, ...entry.inPractice],
      })),
      ...catalog.certification.map((step) => ({
        id: step.id,
        texts: [step.summary, ...step.whatToDo, ...step.readyWhen, ...step.pitfalls],
      })),
    ];
    expect(sharedWordRuns(entries, 12).map((shared) => `${shared.entries.join(' & ')}: "${shared.run}"`)).toEqual([]);
  });

  it('flags the documented information the standard requires where it requires it', () => {
    const kinds = (id: string) =>
      catalog.clauses.find((entry) => entry.id === id)?.documentedInformation.map((item) => item.kind) ?? [];
    expect(kinds('4.3')).toContain('maintain');
    expect(kinds('5.2.2')).toContain('maintain');
    expect(kinds('6.2.1')).toContain('maintain');
    for (const id of ['7.1.5.1', '7.2', '8.2.3.2', '8.4.1', '8.6', '8.7.2', '9.1.1', '9.2.2', '9.3.3', '10.2.2']) {
      expect(kinds(id), id).toContain('retain');
    }
    expect(kinds('5.1.2')).toEqual([]);
  });

  it('mentions climate change in 4.1 and 4.2, as Amendment 1:2024 requires', () => {
    for (const id of ['4.1', '4.2']) {
      const entry = catalog.clauses.find((clause) => clause.id === id);
      expect(clauseTexts(entry as never).join(' '), id).toMatch(/climate change/i);
    }
    expect(catalog.standard.amendments.join(' ')).toMatch(/Amd 1:2024/);
  });

  it('covers the foundations and the path to certification', () => {
    const foundationText = catalog.foundations.map((entry) => entry.title.toLowerCase()).join(' | ');
    for (const topic of [
      'customer focus',
      'leadership',
      'engagement of people',
      'process approach',
      'improvement',
      'evidence-based decision making',
      'relationship management',
      'plan-do-check-act',
      'risk-based thinking',
    ]) {
      expect(foundationText).toContain(topic);
    }
    const steps = catalog.certification.map((step) => step.title.toLowerCase()).join(' | ');
    for (const topic of [
      'gap analysis',
      'internal audit',
      'management review',
      'certification body',
      'stage 1',
      'stage 2',
      'surveillance',
      'recertification',
    ]) {
      expect(steps).toContain(topic);
    }
  });

  it('writes substance, not filler: every text section has at least a few words', () => {
    for (const entry of catalog.clauses) {
      expect(words(entry.intent).length, `${entry.id} intent`).toBeGreaterThanOrEqual(15);
      expect(words(entry.smallOrganizations).length, `${entry.id} smallOrganizations`).toBeGreaterThanOrEqual(8);
      for (const point of [...entry.obligations, ...entry.auditEvidence, ...entry.pitfalls]) {
        expect(words(point).length, `${entry.id}: ${point}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('lists only existing files in its folder', () => {
    const files = readdirSync(join(REPO_ROOT, 'resources', 'standards', 'iso-9001-2015'));
    for (const file of [...catalog.standard.clauseFiles, catalog.standard.foundationFile, catalog.standard.certificationFile]) {
      expect(files).toContain(file);
    }
  });
});
