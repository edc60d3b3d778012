import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from '../../../../src-main/api/dispatcher';
import { DomainError } from '../../../../src-shared/api/result';
import { DEFAULT_TYPE_PREFIXES } from '../../../../src-shared/project/document-types';
import { newOrganization } from '../../../../src-shared/project/schema';

const notInTheseTests = async (): Promise<never> => {
  throw new DomainError('read-only', 'not in these tests');
};

const emptyProject = {
  folder: '/p',
  projectVersion: 'v1',
  revisionScheme: 'numeric' as const,
  reviewPeriodMonths: 12,
  prefixes: { ...DEFAULT_TYPE_PREFIXES },
  tailoring: {},
  readOnlyReason: null,
  versionHistory: false,
  syncRemote: null,
  today: '2026-11-26',
  organization: newOrganization('Org'),
  documents: [],
  sectionClauses: {},
  integrity: {},
  certification: {},
  export: { pageSize: 'A4' as const, houseStyle: null },
  damaged: [],
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'get-project': async () => emptyProject,
    'read-document': async () => {
      throw new DomainError('not-found', 'There is no document PRO-009 in this project.');
    },
    'save-document': async () => {
      throw new DomainError('read-only', 'not in these tests');
    },
    'change-status': async () => {
      throw new DomainError('read-only', 'not in these tests');
    },
    'create-document': async () => {
      throw new DomainError('read-only', 'not in these tests');
    },
    'list-templates': async () => ({ templates: [], problems: [] }),
    'preview-template': notInTheseTests,
    'save-as-template': notInTheseTests,
    'save-as-copy': notInTheseTests,
    'update-profile': notInTheseTests,
    'import-logo': notInTheseTests,
    'read-logo': notInTheseTests,
    'update-document-details': notInTheseTests,
    'get-history': async () => ({ entries: [] }),
    'get-settings': async () => ({
      userName: null,
      userTemplatesDir: null,
      projectsDir: '/home/q/QMS Projects',
      canChooseFolder: false,
    }),
    'set-user-name': async ({ userName }) => ({ userName }),
    'set-templates-folder': notInTheseTests,
    'choose-folder': notInTheseTests,
    'open-project': notInTheseTests,
    'create-project': notInTheseTests,
    'poll-changes': async ({ after }) => ({ cursor: after, changes: [] }),
    'get-catalog': async () => {
      throw new DomainError('read-only', 'not in these tests');
    },
    'record-certification-step': async () => ({ certification: {} }),
    'export-file': notInTheseTests,
    'export-progress': notInTheseTests,
    'import-house-style': notInTheseTests,
    'read-revision': notInTheseTests,
    'discard-revision': notInTheseTests,
    'record-training': notInTheseTests,
    'list-training': notInTheseTests,
    'enable-version-history': notInTheseTests,
    sync: notInTheseTests,
    'sync-progress': notInTheseTests,
    'keep-drafts': notInTheseTests,
    'open-shared-project': notInTheseTests,
    'document-versions': notInTheseTests,
    'read-document-version': notInTheseTests,
    ...overrides,
  };
}

describe('the dispatcher both transports call', () => {
  it('answers a valid request with the handler value', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch('get-project', {})).toEqual({ ok: true, value: emptyProject });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch('delete-everything', {})).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no API call named "delete-everything".' },
    });
  });

  it('refuses a malformed request, naming the call and the field, before the handler runs', async () => {
    const save = vi.fn();
    const dispatch = createDispatcher(handlers({ 'save-document': save }));
    const result = await dispatch('save-document', { id: 'POL-001', content: 'text', baseVersion: 'x' });
    expect(save).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toMatch(/^Invalid request for save-document: content/);
      expect(result.error.message).toMatch(/baseVersion/);
    }
    for (const bad of [null, 'POL-001', [], 42]) {
      expect((await dispatch('read-document', bad)).ok).toBe(false);
    }
  });

  it('passes a service error through as a typed value', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch('read-document', { id: 'PRO-009' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no document PRO-009 in this project.' },
    });
  });

  it('turns an unexpected exception into an internal error and logs it', async () => {
    const log = vi.fn();
    const dispatch = createDispatcher(
      handlers({
        'get-project': async () => {
          throw new Error('disk on fire');
        },
      }),
      log,
    );
    const result = await dispatch('get-project', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Unexpected error in get-project: disk on fire' } });
    expect(log).toHaveBeenCalledOnce();
  });

  it('never lets a response that breaks the contract reach the renderer', async () => {
    const log = vi.fn();
    const dispatch = createDispatcher(
      handlers({ 'save-document': async () => ({ version: 'not-a-hash', savedAt: 'yesterday' }) as never }),
      log,
    );
    const content = { root: { type: 'root', version: 1, children: [] } };
    const result = await dispatch('save-document', { id: 'POL-001', content, baseVersion: 'b'.repeat(64) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('internal');
    expect(log).toHaveBeenCalledOnce();
  });
});
