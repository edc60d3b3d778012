import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { App } from '../../../src-renderer/src/App';
import { WorkbenchDatabase } from '../../../src-renderer/src/db/database';
import type { QmsApi } from '../../../src-shared/api/client';
import type { OpenedDocument, ProjectView } from '../../../src-shared/api/contract';
import { fail, ok, type Result } from '../../../src-shared/api/result';
import { planStatusChange } from '../../../src-shared/control/status-rules';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { CATALOG } from './catalog-fixture';
import { fakeStorage } from './fake-storage';
import { openedDocument, POLICY, PROCEDURE, sampleMeta, sampleProject, TEMPLATES } from './sample-data';

// The app over an in-memory API, shared by the App tests.

/** The renderer's IndexedDB for one test: its own database, deleted afterwards. */
export let db: WorkbenchDatabase;

/** Call once per test file: a fresh database per test, the rendered app cleaned up after it. */
export function withTestDatabase(): void {
  beforeEach(() => {
    db = new WorkbenchDatabase(`test-${Math.random()}`);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });
}

export const TODAY = '2026-03-10';

export const TAILORED = { sentences: 20, templateSentences: 2, missingFields: 0, guidanceBlocks: 0, bracketedInstructions: 0 };
const notHere = async (): Promise<never> => {
  throw new Error('not called in these tests');
};

/** A first draft, for the 'Submit for review' flows. */
export const INSTRUCTION = sampleMeta({
  id: 'WI-001',
  title: 'Deburring of Turned Parts',
  type: 'work-instruction',
  status: 'draft',
  revision: '1',
  owner: 'Priya Raman',
  nextReviewDate: null,
  effective: null,
  template: 'work-instruction',
});

export const TEXTS: Record<string, string> = {
  'POL-001': 'Harrow is committed to quality.',
  'PRO-001': 'Hello',
  'WI-001': 'Remove burrs with the hand tool.',
};

export function version(n: number): string {
  return n.toString(16).padStart(64, '0');
}

export interface FakeOptions {
  documents?: DocumentMeta[];
  userName?: string | null;
  project?: Partial<ProjectView>;
  /** Overrides the whole get-project answer (a failure). */
  projectResult?: Result<ProjectView>;
}

/**
 * An API over an in-memory project: status changes follow the shared rules, so the
 * document re-read after a change has its new status and a new file version.
 */
export function fakeApi(options: FakeOptions = {}) {
  let writes = 0;
  const store = new Map<string, OpenedDocument>();
  for (const meta of options.documents ?? [POLICY, PROCEDURE, INSTRUCTION]) {
    store.set(meta.id, openedDocument(meta, TEXTS[meta.id] ?? '', version(++writes)));
  }
  // A user who has said who they are, unless a test says otherwise (the first run asks).
  let userName = 'userName' in options ? (options.userName ?? null) : 'Tom Okafor';
  let certification: ProjectView['certification'] = {};
  const project = (): ProjectView =>
    sampleProject({ today: TODAY, documents: [...store.values()].map((doc) => doc.meta), certification, ...options.project });
  const write = (meta: DocumentMeta, content = store.get(meta.id)?.content) => {
    const next: OpenedDocument = { meta, content: content ?? openedDocument(meta, '').content, version: version(++writes) };
    store.set(meta.id, next);
    return ok({ version: next.version, savedAt: '2026-03-10T09:00:00.000Z', meta, tailoring: TAILORED });
  };

  const api = {
    getProject: vi.fn<QmsApi['getProject']>(async () => options.projectResult ?? ok(project())),
    readDocument: vi.fn<QmsApi['readDocument']>(async ({ id }) => {
      const opened = store.get(id);
      return opened ? ok(opened) : fail('not-found', `There is no document ${id}.`);
    }),
    saveDocument: vi.fn<QmsApi['saveDocument']>(async ({ id }) => {
      const opened = store.get(id);
      return opened ? write(opened.meta) : fail('not-found', `There is no document ${id}.`);
    }),
    changeStatus: vi.fn<QmsApi['changeStatus']>(async ({ id, to, by, note, nextReviewDate }) => {
      const opened = store.get(id);
      if (!opened) return fail('not-found', `There is no document ${id}.`);
      const plan = planStatusChange(
        opened.meta,
        { to, by: by ?? userName ?? '', note, nextReviewDate },
        { today: TODAY, scheme: 'numeric', reviewPeriodMonths: 12, contentHash: 'e'.repeat(64) },
      );
      return plan.ok ? write(plan.meta) : fail('invalid-request', plan.reason);
    }),
    createDocument: vi.fn<QmsApi['createDocument']>(async ({ templateId, blank, title }) => {
      if (blank) {
        const clause = CATALOG.clauses.find((entry) => entry.id === blank.clause);
        return write(
          sampleMeta({
            id: 'REC-001',
            title: title ?? clause?.title ?? 'Untitled',
            type: blank.type,
            status: 'draft',
            revision: '1',
            clauses: blank.clause ? [blank.clause] : [],
            effective: null,
            nextReviewDate: null,
            template: null,
          }),
          openedDocument(INSTRUCTION, '').content,
        );
      }
      const template = TEMPLATES.find((candidate) => candidate.id === templateId);
      if (!template) return fail('not-found', `There is no template ${templateId}.`);
      return write(
        sampleMeta({
          id: 'WI-002',
          title: title ?? template.title,
          type: template.documentType,
          status: 'draft',
          revision: '1',
          effective: null,
          nextReviewDate: null,
          template: template.id,
        }),
        openedDocument(INSTRUCTION, 'New instruction').content,
      );
    }),
    listTemplates: vi.fn<QmsApi['listTemplates']>(async () => ok({ templates: TEMPLATES, problems: [] })),
    previewTemplate: vi.fn<QmsApi['previewTemplate']>(async ({ id }) => {
      const template = TEMPLATES.find((candidate) => candidate.id === id);
      if (!template) return fail('not-found', `There is no template "${id}".`);
      return ok({ template, content: openedDocument(INSTRUCTION, `Preview of ${template.title}`).content, nextNumber: 'WI-002' });
    }),
    saveAsCopy: vi.fn<QmsApi['saveAsCopy']>(async ({ id, content, title }) => {
      const original = store.get(id);
      if (!original) return fail('not-found', `There is no document ${id}.`);
      const copyId = id.replace(/\d+$/, (number) => String(Number(number) + 100).padStart(3, '0'));
      return write(
        { ...original.meta, id: copyId, title: title ?? `${original.meta.title} (my copy)`, status: 'draft' },
        content,
      );
    }),
    saveAsTemplate: vi.fn<QmsApi['saveAsTemplate']>(async ({ templateId }) => ok({ file: `templates/${templateId}.md` })),
    updateProfile: vi.fn<QmsApi['updateProfile']>(async () => ok({ projectVersion: '2'.repeat(64) })),
    importLogo: vi.fn<QmsApi['importLogo']>(notHere),
    readLogo: vi.fn<QmsApi['readLogo']>(async () => ok({ logo: null })),
    updateDocumentDetails: vi.fn<QmsApi['updateDocumentDetails']>(async ({ id, baseVersion, ...change }) => {
      const opened = store.get(id);
      if (!opened) return fail('not-found', `There is no document ${id}.`);
      if (opened.version !== baseVersion) return fail('conflict', `${id} was changed on disk.`);
      return write({ ...opened.meta, ...change });
    }),
    getHistory: vi.fn<QmsApi['getHistory']>(async () => ok({ entries: [] })),
    getSettings: vi.fn<QmsApi['getSettings']>(async () =>
      ok({ userName, userTemplatesDir: null, projectsDir: '/home/tom/QMS Projects', canChooseFolder: false }),
    ),
    setTemplatesFolder: vi.fn<QmsApi['setTemplatesFolder']>(async ({ folder }) => ok({ userTemplatesDir: folder })),
    chooseFolder: vi.fn<QmsApi['chooseFolder']>(notHere),
    openProject: vi.fn<QmsApi['openProject']>(async ({ folder }) => ok({ folder, name: 'Brookfield Facilities Ltd' })),
    createProject: vi.fn<QmsApi['createProject']>(async ({ folder, organization }) =>
      ok({ folder, name: organization.name, documents: ['POL-001'] }),
    ),
    setUserName: vi.fn<QmsApi['setUserName']>(async (request) => {
      userName = request.userName;
      return ok({ userName });
    }),
    getCatalog: vi.fn<QmsApi['getCatalog']>(async () => ok(CATALOG)),
    recordCertificationStep: vi.fn<QmsApi['recordCertificationStep']>(async ({ step, done, note }) => {
      const next = { ...certification };
      if (done) next[step] = { done: true, date: TODAY, ...(note ? { note } : {}) };
      else delete next[step];
      certification = next;
      return ok({ certification });
    }),
    exportFile: vi.fn<QmsApi['exportFile']>(async (request) =>
      ok({
        fileName: request.kind === 'register' && request.format === 'csv' ? 'list.csv' : 'export.docx',
        savedTo: null,
        dataBase64: 'UEsDBA==',
        cancelled: false,
        warnings: [],
        documents: 1,
      }),
    ),
    exportProgress: vi.fn<QmsApi['exportProgress']>(async () => ok({ phase: 'waiting' as const, done: 0, total: 0 })),
    importHouseStyle: vi.fn<QmsApi['importHouseStyle']>(notHere),
    readRevision: vi.fn<QmsApi['readRevision']>(notHere),
    discardRevision: vi.fn<QmsApi['discardRevision']>(notHere),
    recordTraining: vi.fn<QmsApi['recordTraining']>(notHere),
    listTraining: vi.fn<QmsApi['listTraining']>(async () => ok({ records: [], problems: [] })),
    enableVersionHistory: vi.fn<QmsApi['enableVersionHistory']>(notHere),
    sync: vi.fn<QmsApi['sync']>(notHere),
    syncProgress: vi.fn<QmsApi['syncProgress']>(notHere),
    keepDrafts: vi.fn<QmsApi['keepDrafts']>(notHere),
    openSharedProject: vi.fn<QmsApi['openSharedProject']>(notHere),
    documentVersions: vi.fn<QmsApi['documentVersions']>(async () => ok({ versions: [] })),
    readDocumentVersion: vi.fn<QmsApi['readDocumentVersion']>(notHere),
    // The long poll never answers: no external changes, and no loop spinning in the background.
    pollChanges: vi.fn<QmsApi['pollChanges']>(() => new Promise(() => {})),
  } satisfies QmsApi;
  return api;
}

/** The status badge next to the open document's title. */
export function headerStatus(): string | null | undefined {
  return document.querySelector('.document-header .status-badge')?.textContent;
}

export function button(name: string | RegExp): HTMLButtonElement {
  return screen.getByRole('button', { name }) as HTMLButtonElement;
}

export async function openApp(
  api: ReturnType<typeof fakeApi>,
  lastDocument: string,
  confirm?: (question: string) => boolean,
  storage?: Storage,
  reload?: () => void,
) {
  render(
    <App
      api={api}
      db={db}
      mode="desktop"
      storage={storage ?? fakeStorage({ 'qms-last-document': lastDocument })}
      {...(confirm ? { confirm } : {})}
      {...(reload ? { reload } : {})}
    />,
  );
  await waitFor(() => expect(document.querySelector('.document-header .doc-id')?.textContent).toBe(lastDocument));
}
