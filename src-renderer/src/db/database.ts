import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CatalogKind } from '../../../src-shared/guidance/catalog-schema';
import type { JournalEntry } from '../save/edit-journal';

/** One searchable guidance entry: a clause, a foundation or a certification step. */
export interface GuidanceIndexRow {
  id: string;
  kind: CatalogKind;
  title: string;
  /** Position in the catalog, so results keep the standard's order. */
  order: number;
  titleTerms: string[];
  terms: string[];
  /** How often each term occurs in the entry, to rank the entries that mention it most. */
  termCounts: Record<string, number>;
}

/** A project opened in this program, for "Open recent". */
export interface RecentProjectRow {
  folder: string;
  name: string;
  /** When it was last opened, as an ISO date-time. */
  openedAt: string;
}

export interface UiStateRow {
  key: string;
  value: unknown;
}

/**
 * The renderer's IndexedDB, through Dexie: what it needs fast or across restarts.
 * The project folder on disk stays the source of truth; the journal only holds edits
 * on their way there.
 */
export class WorkbenchDatabase extends Dexie {
  guidance!: EntityTable<GuidanceIndexRow, 'id'>;
  uiState!: EntityTable<UiStateRow, 'key'>;
  recentProjects!: EntityTable<RecentProjectRow, 'folder'>;
  /** Edits not yet on disk, one entry per document of a project folder (save/edit-journal.ts). */
  journal!: Table<JournalEntry, [string, string]>;

  constructor(name = 'qms-workbench') {
    super(name);
    this.version(1).stores({
      guidance: 'id, kind, *terms, *titleTerms',
      uiState: 'key',
    });
    this.version(2).stores({ recentProjects: 'folder, openedAt' });
    this.version(3).stores({ journal: '[folder+documentId], folder' });
  }
}
