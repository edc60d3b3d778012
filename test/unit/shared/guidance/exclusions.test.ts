import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClauseCatalog } from '../../../../src-main/services/clause-catalog';
import { exclusionVerdict } from '../../../../src-shared/guidance/exclusions';
import { REPO_ROOT } from '../../../support/paths';

type Expected = ['refused' | 'with care', RegExp];

/** Every clause of 7.1.5 and 8, with the verdict a lead auditor gives for declaring it not applicable. */
const VERDICTS: Record<string, Expected> = {
  '7.1.5': ['refused', /checks its work/],
  '7.1.5.1': ['refused', /fit for the purpose/],
  '7.1.5.2': ['with care', /no measurement needs to be traceable/],
  '8': ['refused', /every organization that delivers/],
  '8.1': ['refused', /every organization that delivers/],
  '8.2': ['refused', /customers/],
  '8.2.1': ['refused', /customers/],
  '8.2.2': ['refused', /customers/],
  '8.2.3': ['refused', /customers/],
  '8.2.3.1': ['refused', /customers/],
  '8.2.3.2': ['refused', /customers/],
  '8.2.4': ['refused', /customers/],
  '8.3': ['with care', /designs nothing/],
  '8.3.1': ['refused', /on its own/],
  '8.3.2': ['refused', /on its own/],
  '8.3.3': ['refused', /on its own/],
  '8.3.4': ['refused', /on its own/],
  '8.3.5': ['refused', /on its own/],
  '8.3.6': ['refused', /on its own/],
  '8.4': ['refused', /bought in/],
  '8.4.1': ['refused', /bought in/],
  '8.4.2': ['refused', /bought in/],
  '8.4.3': ['refused', /bought in/],
  '8.5': ['refused', /controlled conditions/],
  '8.5.1': ['refused', /controlled conditions/],
  '8.5.2': ['refused', /controlled conditions/],
  '8.5.3': ['with care', /personal data/],
  '8.5.4': ['refused', /controlled conditions/],
  '8.5.5': ['with care', /nothing is owed after delivery/],
  '8.5.6': ['refused', /controlled conditions/],
  '8.6': ['refused', /planned checks/],
  '8.7': ['refused', /fail to conform/],
  '8.7.1': ['refused', /fail to conform/],
  '8.7.2': ['refused', /fail to conform/],
};

describe('exclusion verdicts', () => {
  it.each(Object.entries(VERDICTS))('%s: %j', (id, [kind, text]) => {
    const verdict = exclusionVerdict(id);
    if (kind === 'refused') {
      expect(verdict.acceptable).toBe(false);
      if (!verdict.acceptable) {
        expect(verdict.reason).toMatch(text);
        expect(verdict.reason.startsWith(id)).toBe(true);
      }
    } else {
      expect(verdict).toMatchObject({ acceptable: true });
      if (verdict.acceptable) expect(verdict.caution).toMatch(text);
    }
  });

  it('gives a verdict for every clause of 7.1.5 and 8 in the catalog, and no exclusion without a caution', async () => {
    const catalog = await loadClauseCatalog(join(REPO_ROOT, 'resources', 'standards'));
    const ids = catalog.clauses
      .map((entry) => entry.id)
      .filter((id) => id === '7.1.5' || id.startsWith('7.1.5.') || id.split('.')[0] === '8');
    expect(ids.sort()).toEqual(Object.keys(VERDICTS).sort());
    for (const id of catalog.clauses.map((entry) => entry.id)) {
      const verdict = exclusionVerdict(id);
      if (verdict.acceptable) expect(verdict.caution, id).toBeTruthy();
    }
  });

  it.each(['4.1', '5.2', '6.1', '7.2', '9.2', '10.2'])('%s, outside clause 8, is refused as a nonconformity', (id) => {
    expect(exclusionVerdict(id)).toMatchObject({ acceptable: false, reason: expect.stringMatching(/outside clause 8/) });
  });
});
