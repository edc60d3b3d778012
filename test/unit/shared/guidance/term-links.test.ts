import { describe, expect, it } from 'vitest';
import type { TermEntry } from '../../../../src-shared/guidance/catalog-schema';
import { termFinder } from '../../../../src-shared/guidance/term-links';

const term = (id: string, name: string, forms: string[] = []): TermEntry => ({
  id,
  term: name,
  forms,
  meaning: 'm',
  explanation: ['e'],
  relatedClauses: [],
  related: [],
});

describe('glossary terms in running text', () => {
  const find = termFinder([
    term('term-correction', 'correction', ['corrections']),
    term('term-corrective-action', 'corrective action', ['corrective actions']),
    term('term-audit', 'audit', ['audits']),
    term('term-audit-evidence', 'audit evidence'),
  ]);
  const linked = (text: string) => find(text).map((mention) => [text.slice(mention.start, mention.end), mention.termId]);

  it('finds whole words in any case, the longest form first', () => {
    expect(linked('Corrective actions follow a correction; audit evidence comes from Audits.')).toEqual([
      ['Corrective actions', 'term-corrective-action'],
      ['correction', 'term-correction'],
      ['audit evidence', 'term-audit-evidence'],
      ['Audits', 'term-audit'],
    ]);
  });

  it('leaves parts of other words alone', () => {
    expect(linked('The auditor audited the auditing plan; corrections-log and self-audit stay as they are.')).toEqual([]);
  });

  it('finds nothing when there is no glossary', () => {
    expect(termFinder([])('any audit')).toEqual([]);
  });
});
