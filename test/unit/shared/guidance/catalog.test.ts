import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClauseCatalog } from '../../../../src-main/services/clause-catalog';
import {
  catalogProblems,
  catalogTexts,
  clauseTexts,
  sharedWordRuns,
  words,
} from '../../../../src-shared/guidance/catalog-checks';
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

  it('is structurally sound: ids unique across kinds, links resolve, enough fair self-checks and a scenario question for each main clause', () => {
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it('has no run of 12 words repeated between two entries of any kind', () => {
    expect(sharedWordRuns(catalogTexts(catalog), 12).map((shared) => `${shared.entries.join(' & ')}: "${shared.run}"`)).toEqual(
      [],
    );
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
    const { standard } = catalog;
    for (const file of [
      ...standard.clauseFiles,
      standard.foundationFile,
      standard.certificationFile,
      standard.frontMatterFile,
      standard.termFile,
      standard.faqFile,
      standard.explainerFile,
    ]) {
      expect(files).toContain(file);
    }
  });
});

const textOf = (id: string) => {
  const entry = catalog.clauses.find((clause) => clause.id === id);
  if (!entry) throw new Error(`no clause ${id}`);
  return clauseTexts(entry).join(' ');
};
const allText = () =>
  catalogTexts(catalog)
    .flatMap((entry) => entry.texts)
    .join(' ');

describe('the catalog as a course', () => {
  it('teaches customer focus (5.1.2) in depth and links it to its principle and to 5.1.1', () => {
    const entry = catalog.clauses.find((clause) => clause.id === '5.1.2');
    expect(entry?.foundations).toContain('principle-customer-focus');
    const text = textOf('5.1.2').toLowerCase();
    for (const idea of [
      'perception',
      'implied',
      'value',
      'price',
      'competitor',
      'after the sale',
      'management review',
      'complaint',
      'objective',
      'unity of purpose',
      'ensure',
      '5.1.1',
    ]) {
      expect(text, idea).toContain(idea);
    }
    expect(entry?.selfCheck.length).toBeGreaterThanOrEqual(3);
  });

  it('explains at least 40 terms of the vocabulary, the usual ones among them', () => {
    expect(catalog.terms.length).toBeGreaterThanOrEqual(40);
    const names = catalog.terms.map((entry) => entry.term.toLowerCase());
    for (const term of [
      'top management',
      'interested party',
      'documented information',
      'process',
      'outsource',
      'risk',
      'competence',
      'nonconformity',
      'correction',
      'corrective action',
      'concession',
      'verification',
      'validation',
      'effectiveness',
      'continual improvement',
      'customer satisfaction',
      'traceability',
      'audit evidence',
      'external provider',
      'infrastructure',
    ]) {
      expect(names, term).toContain(term);
    }
  });

  it('has the front matter (0.1-0.4, 1, 2, 3) and Annex A, outside the clauses', () => {
    const ids = catalog.frontMatter.map((entry) => entry.id);
    for (const id of ['0.1', '0.2', '0.3', '0.4', '1', '2', '3', 'A']) expect(ids).toContain(id);
    expect(ids.filter((id) => id.startsWith('A.')).length).toBeGreaterThanOrEqual(5);
    const annex = catalog.frontMatter
      .filter((entry) => entry.id.startsWith('A'))
      .flatMap((entry) => [entry.summary, ...entry.meaning, ...entry.inPractice])
      .join(' ')
      .toLowerCase();
    for (const idea of [
      'quality manual',
      'management representative',
      'documented information',
      'preventive action',
      'external provider',
    ])
      expect(annex, idea).toContain(idea);
    for (const id of ids) expect(catalog.clauses.some((clause) => clause.id === id)).toBe(false);
  });

  it('answers at least 20 questions clients ask', () => {
    expect(catalog.faq.length).toBeGreaterThanOrEqual(20);
    const questions = catalog.faq.map((entry) => entry.question.toLowerCase()).join(' | ');
    for (const topic of ['quality manual', 'design', 'how long', 'approve', 'audit', '2026'])
      expect(questions, topic).toContain(topic);
  });

  it('explains the topics a course covers across clauses', () => {
    const titles = catalog.explainers.map((entry) => entry.title.toLowerCase()).join(' | ');
    for (const topic of [
      'outsourced',
      'customer satisfaction',
      'quality objectives',
      'continual improvement',
      'consultant',
      'certification body',
      'standards',
    ]) {
      expect(titles, topic).toContain(topic);
    }
    const family = catalog.explainers.find((entry) => /standards/i.test(entry.title));
    const familyText = family ? [family.summary, ...family.sections.flatMap((section) => section.points)].join(' ') : '';
    for (const standard of ['ISO 9000', 'ISO 9004', 'ISO 19011', 'ISO 10002', 'IATF 16949', 'AS9100', 'ISO 13485'])
      expect(familyText, standard).toContain(standard);
  });

  it('keeps the facts straight where the review found slips', () => {
    const resources = catalog.clauses.find((clause) => clause.id === '7.1');
    expect(resources?.selfCheck.some((item) => /only top management/i.test(item.statement) && item.answer)).toBe(false);
    expect(textOf('4.4')).not.toMatch(/very few procedures/i);
    expect(textOf('8.5')).not.toMatch(/never holds? client property/i);
    expect(textOf('7')).not.toMatch(/nobody below/i);
    expect(textOf('6.1.1')).not.toMatch(/not on general business hazards/i);
    const context = catalog.clauses.find((clause) => clause.id === '4.1');
    expect(context?.obligations.join(' ')).not.toMatch(/record the conclusion/i);
    const parties = catalog.clauses.find((clause) => clause.id === '4.2');
    expect(parties?.obligations.join(' ')).not.toMatch(/climate/i);
    expect(textOf('4.2')).toMatch(/note/i);
    expect(textOf('4.2')).toMatch(/February 2024/);
    const nine = catalog.clauses.find((clause) => clause.id === '9.1');
    expect(nine?.selfCheck.some((item) => /decides for itself what to monitor/i.test(item.statement) && item.answer)).toBe(false);
  });

  it('keeps examples international: one country’s bodies and towns only beside others', () => {
    const sentences = allText().split(/(?<=[.!?])\s+/);
    const offending = sentences.filter(
      (sentence) =>
        /\bLeeds\b/.test(sentence) ||
        (/\bUKAS\b/.test(sentence) && !/\b(DAkkS|ANAB|COFRAC|JAS-ANZ|ACCREDIA|ENAC|IAF|ILAC)\b/.test(sentence)) ||
        (/\bUKCA\b/.test(sentence) && !/\bCE\b/.test(sentence)),
    );
    expect(offending).toEqual([]);
  });
});
