import { catalogEntries } from '../../../src-shared/guidance/catalog-entries';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '../../../src-renderer/src/db/database';
import { indexGuidance, searchGuidance } from '../../../src-renderer/src/guidance/guidance-search';
import type { ClauseCatalog } from '../../../src-shared/guidance/catalog-schema';
import { CATALOG } from './catalog-fixture';

let db: WorkbenchDatabase;

beforeEach(() => {
  db = new WorkbenchDatabase(`test-${Math.random()}`);
});

afterEach(async () => {
  await db.delete();
});

async function ids(query: string): Promise<string[]> {
  return (await searchGuidance(db, query)).map((hit) => hit.id);
}

describe('guidance search', () => {
  it('indexes every entry of every kind in the catalog', async () => {
    await indexGuidance(db, CATALOG);

    expect(await db.guidance.count()).toBe(catalogEntries(CATALOG).length);
    expect(await db.guidance.get('term-nonconformity')).toMatchObject({ kind: 'term', title: 'nonconformity' });
    expect(await db.guidance.get('faq-manual')).toMatchObject({ kind: 'faq', title: 'Do we need a quality manual?' });
    expect(await db.guidance.get('pdca')).toMatchObject({ kind: 'foundation', title: 'Plan, do, check, act' });
    expect(await db.guidance.get('internal-audit')).toMatchObject({ kind: 'certification', title: 'Internal audit' });
  });

  it('finds entries while the last word is still being typed: "calib" finds the calibration entries', async () => {
    await indexGuidance(db, CATALOG);

    // 7.1.5.2 speaks of calibration more often than 7.1.5, so it ranks first.
    expect(await ids('calib')).toEqual(['7.1.5.2', '7.1.5']);
  });

  it('answers kind and title with each hit', async () => {
    await indexGuidance(db, CATALOG);

    expect(await searchGuidance(db, 'traceability')).toEqual([
      { id: '7.1.5.2', kind: 'clause', title: 'Measurement traceability' },
    ]);
    expect(await searchGuidance(db, 'cycle')).toEqual([{ id: 'pdca', kind: 'foundation', title: 'Plan, do, check, act' }]);
  });

  it('finds only entries that contain every word of the query', async () => {
    await indexGuidance(db, CATALOG);

    // 7.1.5 mentions calibration but no records; only 7.1.5.2 has both.
    expect(await ids('calibration records')).toEqual(['7.1.5.2']);
    expect(await ids('quality policy communicate')).toEqual(['5.2']);
  });

  it('matches words before the last one whole, not as prefixes', async () => {
    await indexGuidance(db, CATALOG);

    expect(await ids('calib records')).toEqual([]);
  });

  it('ignores case and common words', async () => {
    await indexGuidance(db, CATALOG);

    expect((await ids('The CALIBRATION of')).sort()).toEqual(['7.1.5', '7.1.5.2']);
  });

  it('puts title matches first, then keeps the order of the standard', async () => {
    await indexGuidance(db, CATALOG);

    // 5.2 comes first in the standard but only mentions the review in its text.
    expect(await ids('review')).toEqual(['9.3', 'management-review', '5.2']);
  });

  it('finds a clause by its number, with the sub-clauses beneath it', async () => {
    await indexGuidance(db, CATALOG);

    expect(await ids('7.1.5')).toEqual(['7.1.5', '7.1.5.1', '7.1.5.2']);
    expect(await ids('9.3')).toEqual(['9.3']);
  });

  it('answers [] when nothing matches, and for a query of only common words or punctuation', async () => {
    await indexGuidance(db, CATALOG);

    expect(await searchGuidance(db, 'xylophone')).toEqual([]);
    expect(await searchGuidance(db, 'calibration xylophone')).toEqual([]);
    expect(await searchGuidance(db, 'the of and')).toEqual([]);
    expect(await searchGuidance(db, '  ?! ')).toEqual([]);
  });

  it('answers at most `limit` hits', async () => {
    await indexGuidance(db, CATALOG);

    expect(await ids('review')).toHaveLength(3);
    expect((await searchGuidance(db, 'review', 2)).map((hit) => hit.id)).toEqual(['9.3', 'management-review']);
  });

  it('does not rebuild the index for the catalog it already holds', async () => {
    await indexGuidance(db, CATALOG);
    const signature = await db.uiState.get('guidance-index-signature');
    expect(typeof signature?.value).toBe('string');
    // A row only a rebuild would remove.
    await db.guidance.put({
      id: 'planted',
      kind: 'clause',
      title: 'Planted',
      order: 999,
      titleTerms: [],
      terms: ['planted'],
      termCounts: { planted: 1 },
    });

    await indexGuidance(db, CATALOG);

    expect(await ids('planted')).toEqual(['planted']);
    expect(await db.uiState.get('guidance-index-signature')).toEqual(signature);
  });

  it('rebuilds the index when the catalog changed', async () => {
    await indexGuidance(db, CATALOG);
    const before = await db.uiState.get('guidance-index-signature');
    await db.guidance.put({
      id: 'planted',
      kind: 'clause',
      title: 'Planted',
      order: 999,
      titleTerms: [],
      terms: ['planted'],
      termCounts: { planted: 1 },
    });
    const changed: ClauseCatalog = {
      ...CATALOG,
      clauses: CATALOG.clauses.map((entry) => (entry.id === '9.2' ? { ...entry, title: 'Internal auditing' } : entry)),
    };

    await indexGuidance(db, changed);

    expect(await ids('planted')).toEqual([]);
    expect(await searchGuidance(db, 'auditing')).toEqual([{ id: '9.2', kind: 'clause', title: 'Internal auditing' }]);
    expect((await db.uiState.get('guidance-index-signature'))?.value).not.toEqual(before?.value);
  });
});
