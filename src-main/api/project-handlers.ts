import { DomainError } from '../../src-shared/api/result';
import { loadClauseCatalog } from '../services/clause-catalog';
import type { ProjectStore } from '../services/project-store';
import type { ProjectWatcher } from '../services/project-watcher';
import { readSettings, writeSettings } from '../services/settings';
import { listTemplates } from '../services/template-library';
import type { Handlers } from './dispatcher';

export interface ProjectServices {
  store: ProjectStore;
  watcher: ProjectWatcher;
  /** The program's settings folder (the user's name lives there, not in the project). */
  userData: string;
  templatesDir: string;
  /** resources/standards: one folder per standard's clause catalog. */
  standardsDir: string;
  /** How long poll-changes waits for a change before answering "none". */
  pollTimeoutMs?: number;
}

/** The contract's calls, served by one open project. */
export function createProjectHandlers({
  store,
  watcher,
  userData,
  templatesDir,
  standardsDir,
  pollTimeoutMs = 25_000,
}: ProjectServices): Handlers {
  const userName = async () => (await readSettings(userData)).settings.userName ?? null;
  return {
    'get-project': () => store.getProject(),
    'read-document': ({ id }) => store.readDocument(id),
    'save-document': async ({ id, content, baseVersion }) =>
      store.saveDocument(id, content, baseVersion, (await userName()) ?? ''),
    'change-status': async ({ id, to, by, note, nextReviewDate }) => {
      const actor = by ?? (await userName());
      if (!actor)
        throw new DomainError('invalid-request', 'Set your name first: status changes are recorded with who made them.');
      return store.changeStatus(id, { to, by: actor, note, nextReviewDate });
    },
    'create-document': async ({ templateId, blank, title }) => {
      const by = (await userName()) ?? '';
      if (templateId !== undefined) return store.createDocument({ templateId, title, by });
      if (!blank) throw new DomainError('invalid-request', 'Give a template or a clause for the new document.');
      const catalog = await loadClauseCatalog(standardsDir);
      const clause = catalog.clauses.find((entry) => entry.id === blank.clause);
      if (!clause) throw new DomainError('not-found', `There is no clause ${blank.clause} in ${catalog.standard.title}.`);
      return store.createDocument({ blank: { ...blank, clauseTitle: clause.title }, title, by });
    },
    'list-templates': async () => ({ templates: await listTemplates(templatesDir) }),
    'get-history': async ({ id }) => ({ entries: await store.history(id) }),
    'get-settings': async () => ({ userName: await userName() }),
    'set-user-name': async ({ userName: name }) => {
      const loaded = await readSettings(userData);
      if (loaded.damaged) {
        throw new DomainError(
          'damaged',
          `The settings file in ${userData} cannot be read (${loaded.reason}); it was left as it is.`,
        );
      }
      await writeSettings(userData, { ...loaded.settings, userName: name });
      return { userName: name };
    },
    'poll-changes': ({ after }) => watcher.changesAfter(after, pollTimeoutMs),
    'get-catalog': ({ standard }) => loadClauseCatalog(standardsDir, standard),
    'record-certification-step': async ({ step, done, note }) => {
      const catalog = await loadClauseCatalog(standardsDir);
      if (!catalog.certification.some((entry) => entry.id === step))
        throw new DomainError('not-found', `There is no certification step "${step}".`);
      return { certification: await store.recordCertificationStep(step, done, note) };
    },
  };
}
