import { describe, expect, it } from 'vitest';
import {
  addressesClause,
  clausesOfTemplates,
  filterTemplates,
  type TemplateCard,
} from '../../../../src-shared/templates/template-match';

const card = (
  id: string,
  title: string,
  clauses: string[],
  documentType: TemplateCard['documentType'] = 'procedure',
): TemplateCard => ({
  id,
  title,
  clauses,
  documentType,
  summary: `${title}: a summary.`,
});

const library = [
  card('control-of-external-providers', 'Control of External Providers', ['8.4', '8.4.1', '8.4.2', '8.4.3']),
  card('approved-supplier-list', 'Approved Supplier List', ['8.4.1'], 'register'),
  card('internal-audit', 'Internal Audit', ['9.2', '9.2.1', '9.2.2']),
  card('audit-programme', 'Internal Audit Programme', ['9.2', '9.2.2'], 'plan'),
  card('broad', 'Broad', ['8']),
];

describe('which templates address a clause', () => {
  it('counts the clause itself, clauses beneath it and sub-clauses above it, but not a whole clause group', () => {
    expect(addressesClause(['8.4'], '8.4.1')).toBe(true);
    expect(addressesClause(['8.4.1'], '8.4')).toBe(true);
    expect(addressesClause(['8.4.1'], '8.4.2')).toBe(false);
    expect(addressesClause(['8'], '8.4.1')).toBe(false);
    expect(addressesClause(['8.4'], '8')).toBe(true);
  });

  it('filters by clause, type and words, those naming the clause first', () => {
    expect(filterTemplates(library, { clause: '8.4.1' }).map((t) => t.id)).toEqual([
      'approved-supplier-list',
      'control-of-external-providers',
    ]);
    expect(filterTemplates(library, { clause: '9.2.2', type: 'plan' }).map((t) => t.id)).toEqual(['audit-programme']);
    expect(filterTemplates(library, { query: 'AUDIT prog' }).map((t) => t.id)).toEqual(['audit-programme']);
    expect(filterTemplates(library, { query: '8.4.3' }).map((t) => t.id)).toEqual(['control-of-external-providers']);
    expect(filterTemplates(library, { query: 'nothing like this' })).toEqual([]);
    // "audit" is in every audit template's title; "programme" only in one: that one comes first.
    expect(filterTemplates(library, { query: 'internal' }).map((t) => t.id)).toEqual(['internal-audit', 'audit-programme']);
    const summaryOnly = [...library, card('checklist', 'Checklist', ['9.2'], 'form')].map((t) =>
      t.id === 'checklist' ? { ...t, summary: 'Questions for an internal audit.' } : t,
    );
    expect(filterTemplates(summaryOnly, { query: 'internal audit' }).map((t) => t.id)).toEqual([
      'internal-audit',
      'audit-programme',
      'checklist',
    ]);
  });

  it('offers the clauses the library addresses, in the standard’s order', () => {
    expect(clausesOfTemplates(library)).toEqual(['8', '8.4', '8.4.1', '8.4.2', '8.4.3', '9.2', '9.2.1', '9.2.2']);
  });
});
