import { catalogTexts } from '../../../src-shared/guidance/catalog-checks';
import { catalogEntries } from '../../../src-shared/guidance/catalog-entries';
import type { ClauseCatalog } from '../../../src-shared/guidance/catalog-schema';
import { searchTerms } from '../../../src-shared/guidance/search-terms';
import type { GuidanceIndexRow, WorkbenchDatabase } from '../db/database';

const INDEX_KEY = 'guidance-index-signature';
/** Bumped when the shape of the index rows changes, so an old index is rebuilt. */
const INDEX_FORMAT = 3;

/** A cheap fingerprint of the catalog, so the index is rebuilt only when the guidance changed. */
function signature(catalog: ClauseCatalog): string {
  let hash = 0;
  const text = JSON.stringify(catalog);
  for (let i = 0; i < text.length; i += 1) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return `${INDEX_FORMAT}:${catalog.standard.id}:${text.length}:${hash}`;
}

function rows(catalog: ClauseCatalog): GuidanceIndexRow[] {
  let order = 0;
  const row = (id: string, kind: GuidanceIndexRow['kind'], title: string, texts: string[]): GuidanceIndexRow => {
    const termCounts: Record<string, number> = {};
    for (const text of [title, ...texts]) for (const term of searchTerms(text)) termCounts[term] = (termCounts[term] ?? 0) + 1;
    return {
      id,
      kind,
      title,
      order: order++,
      titleTerms: searchTerms(`${kind === 'clause' || kind === 'front-matter' ? id : ''} ${title}`),
      terms: searchTerms([id, title, ...texts].join(' ')),
      termCounts,
    };
  };
  const texts = new Map(catalogTexts(catalog).map((entry) => [entry.id, entry.texts]));
  return catalogEntries(catalog).map((item) => row(item.id, item.kind, item.title, texts.get(item.id) ?? []));
}

/** Fills the search index from the catalog, unless it already holds this version of it. */
export async function indexGuidance(db: WorkbenchDatabase, catalog: ClauseCatalog): Promise<void> {
  const wanted = signature(catalog);
  const stored = await db.uiState.get(INDEX_KEY);
  if (stored?.value === wanted) return;
  await db.transaction('rw', db.guidance, db.uiState, async () => {
    await db.guidance.clear();
    await db.guidance.bulkPut(rows(catalog));
    await db.uiState.put({ key: INDEX_KEY, value: wanted });
  });
}

export interface SearchHit {
  id: string;
  kind: GuidanceIndexRow['kind'];
  title: string;
}

/**
 * Entries that contain every word of the query (the last word as a prefix, so results
 * come while typing). Title matches first, then the standard's order.
 */
export async function searchGuidance(db: WorkbenchDatabase, query: string, limit = 30): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  let matching: Set<string> | undefined;
  for (const [index, term] of terms.entries()) {
    const isLast = index === terms.length - 1;
    const clause = isLast ? db.guidance.where('terms').startsWith(term) : db.guidance.where('terms').equals(term);
    const found = new Set<string>(await clause.primaryKeys());
    matching = matching === undefined ? found : new Set([...matching].filter((id) => found.has(id)));
    if (matching.size === 0) return [];
  }
  const hits = await db.guidance.bulkGet([...(matching ?? [])]);
  const matches = (word: string, index: number) =>
    index === terms.length - 1 ? (other: string) => other.startsWith(word) : (other: string) => other === word;
  const titleScore = (row: GuidanceIndexRow) => terms.filter((term, index) => row.titleTerms.some(matches(term, index))).length;
  // How often the entry uses the words: an entry about calibration says "calibration" often.
  const textScore = (row: GuidanceIndexRow) =>
    terms.reduce((sum, term, index) => {
      const test = matches(term, index);
      return sum + Object.entries(row.termCounts).reduce((count, [word, n]) => (test(word) ? count + n : count), 0);
    }, 0);
  return hits
    .filter((row): row is GuidanceIndexRow => row !== undefined)
    .map((row) => ({ row, title: titleScore(row), text: textScore(row) }))
    .sort((a, b) => b.title - a.title || b.text - a.text || a.row.order - b.row.order)
    .map(({ row }) => row)
    .slice(0, limit)
    .map(({ id, kind, title }) => ({ id, kind, title }));
}
