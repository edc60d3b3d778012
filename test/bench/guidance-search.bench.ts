import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { beforeAll, bench, describe } from 'vitest';
import { loadClauseCatalog } from '../../src-main/services/clause-catalog';
import { WorkbenchDatabase } from '../../src-renderer/src/db/database';
import { indexGuidance, searchGuidance } from '../../src-renderer/src/guidance/guidance-search';
import { REPO_ROOT } from '../support/paths';

// fake-indexeddb runs in plain JavaScript, so these figures are an upper bound for
// Chromium's IndexedDB, where the same searches run in the program.
const db = new WorkbenchDatabase(`bench-${Date.now()}`);

beforeAll(async () => {
  await indexGuidance(db, await loadClauseCatalog(join(REPO_ROOT, 'resources', 'standards')));
});

describe('guidance search over the whole ISO 9001 catalog (Dexie)', () => {
  bench('one word: "calibration"', async () => {
    await searchGuidance(db, 'calibration');
  });
  bench('two words, the last as a prefix: "supplier evalu"', async () => {
    await searchGuidance(db, 'supplier evalu');
  });
  bench('a common word: "records"', async () => {
    await searchGuidance(db, 'records');
  });
});
