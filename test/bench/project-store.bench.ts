import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { ProjectStore } from '../../src-main/services/project-store';
import { masterList } from '../../src-shared/control/master-list';
import type { SerializedContent } from '../../src-shared/editor/serialized-content';
import { stableStringify } from '../../src-shared/json/stable-stringify';
import { compileTemplate } from '../../src-shared/templates/compile-template';
import { SAMPLE_PROJECT } from '../support/paths';
import { storeOptions, TEMPLATES_DIR } from '../support/sample-store';

/** About 150 pages: 3,000 paragraphs of ~60 words. */
function longDocument(paragraphs: number): SerializedContent {
  const sentence = 'The quality manager checks each record against the procedure and signs it off before release. ';
  return {
    root: {
      type: 'root',
      version: 1,
      children: Array.from({ length: paragraphs }, (_, i) => ({
        type: i % 40 === 0 ? 'heading' : 'paragraph',
        version: 1,
        ...(i % 40 === 0 ? { tag: 'h2' } : {}),
        children: [
          { type: 'text', version: 1, text: `${i} ${sentence.repeat(4)}`, format: 0, detail: 0, mode: 'normal', style: '' },
        ],
      })),
    },
  };
}

let dir = '';
let store: ProjectStore;
let version = '';
const big = longDocument(3000);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qms-bench-'));
  cpSync(SAMPLE_PROJECT, dir, { recursive: true });
  // 200 documents, as a mature QMS might have.
  const template = JSON.parse(readFileSync(join(dir, 'documents', 'PRO-002.json'), 'utf8'));
  for (let n = 3; n < 203; n += 1) {
    const id = `PRO-${String(n).padStart(3, '0')}`;
    writeFileSync(join(dir, 'documents', `${id}.json`), stableStringify({ ...template, meta: { ...template.meta, id } }));
  }
  store = await ProjectStore.open(dir, storeOptions());
  version = (await store.readDocument('PRO-002')).version;
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('project store', () => {
  bench(
    `save a ~150-page document (${Math.round(stableStringify(big).length / 1024 / 1024)} MB of JSON), atomic with fsync`,
    async () => {
      ({ version } = await store.saveDocument('PRO-002', big, version, 'bench'));
    },
  );

  bench('open the document list of a 204-document project', async () => {
    await store.getProject();
  });
});

describe('shared rules', () => {
  const documents = Array.from({ length: 500 }, (_, n) => ({
    id: `REC-${String(n + 1).padStart(3, '0')}`,
    title: `Record ${n}`,
    type: 'record' as const,
    status: 'approved' as const,
    revision: '2',
    owner: 'Tom Okafor',
    author: 'Tom Okafor',
    reviewer: '',
    clauses: ['7.5.3'],
    changeSummary: '',
    nextReviewDate: n % 7 === 0 ? '2026-01-01' : '2027-06-01',
    effective: {
      revision: '2',
      approvedBy: 'E',
      approvedOn: '2026-01-01',
      effectiveDate: '2026-01-01',
      selfApproved: false,
      changeSummary: '',
      contentHash: 'a'.repeat(64),
    },
    template: null,
  }));
  bench('compute the master list of 500 documents', () => {
    masterList(documents, '2026-11-26');
  });

  const source = readFileSync(join(TEMPLATES_DIR, 'quality-policy.md'), 'utf8');
  bench('compile the quality-policy template', () => {
    compileTemplate(source);
  });
});
