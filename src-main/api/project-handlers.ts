import { DomainError } from '../../src-shared/api/result';
import { answerProblems, buildQuiz, type QuizDefinition } from '../../src-shared/guidance/quiz';
import { trainingRecord } from '../../src-shared/project/training-record';
import { defaultProjectsDir } from '../services/app-paths';
import { loadClauseCatalog } from '../services/clause-catalog';
import type { WorkspaceHost } from '../services/open-workspace';
import { createProject } from '../services/project-create';
import { readSettings, writeSettings } from '../services/settings';
import { newTrainingRecordId, readTrainingRecords } from '../services/training-records';
import { requireAbsolute } from './absolute-folder';
import type { Handlers } from './dispatcher';
import { createExportHandlers, type SaveFileChooser } from './export-handlers';
import { type CredentialStore, createSyncHandlers } from './sync-handlers';

export interface ProjectServices {
  /** The project the window works on; handlers ask it each time, as it can change. */
  host: WorkspaceHost;
  /** The program's settings folder (the user's name lives there, not in the project). */
  userData: string;
  /** The built-in template library. */
  templatesDir: string;
  /** resources/standards: one folder per standard's clause catalog. */
  standardsDir: string;
  /** The system's folder picker, where there is one. */
  chooseFolder?: ((purpose: 'open-project' | 'new-project' | 'templates') => Promise<string | null>) | undefined;
  /** The system's save dialog, where there is one (the desktop window); browser mode downloads instead. */
  chooseSaveFile?: SaveFileChooser | undefined;
  /** Where sign-ins for shared projects are kept (the desktop program's system store); none in browser mode. */
  credentialStore?: CredentialStore | undefined;
  /** How long poll-changes waits for a change before answering "none". */
  pollTimeoutMs?: number;
}

/** The contract's calls, served by the project the host has open. */
export function createProjectHandlers({
  host,
  userData,
  templatesDir,
  standardsDir,
  chooseFolder,
  chooseSaveFile,
  credentialStore,
  pollTimeoutMs = 25_000,
}: ProjectServices): Handlers {
  const settings = async () => (await readSettings(userData)).settings;
  const userName = async () => (await settings()).userName ?? null;
  const changeSettings = async (
    change: (current: Awaited<ReturnType<typeof settings>>) => Awaited<ReturnType<typeof settings>>,
  ) => {
    const loaded = await readSettings(userData);
    if (loaded.damaged) {
      throw new DomainError(
        'damaged',
        `The settings file in ${userData} cannot be read (${loaded.reason}); it was left as it is.`,
      );
    }
    const next = change(loaded.settings);
    await writeSettings(userData, next);
    return next;
  };
  return {
    'get-project': () => host.store.getProject(),
    'read-document': ({ id }) => host.store.readDocument(id),
    'save-document': async ({ id, content, baseVersion }) =>
      host.store.saveDocument(id, content, baseVersion, (await userName()) ?? ''),
    'save-as-copy': async ({ id, content, title }) =>
      host.store.createDocument({ copy: { of: id, content }, title, by: (await userName()) ?? '' }),
    'change-status': async ({ id, to, by, note, nextReviewDate }) => {
      const actor = by ?? (await userName());
      if (!actor) throw new DomainError('needs-name', 'Set your name first: status changes are recorded with who made them.');
      return host.store.changeStatus(id, { to, by: actor, note, nextReviewDate });
    },
    'create-document': async ({ templateId, blank, title }) => {
      const by = (await userName()) ?? '';
      if (templateId !== undefined) return host.store.createDocument({ templateId, title, by });
      if (!blank) throw new DomainError('invalid-request', 'Give a template or a type for the new document.');
      if (!blank.clause) return host.store.createDocument({ blank: { type: blank.type }, title, by });
      const catalog = await loadClauseCatalog(standardsDir);
      const clause = catalog.clauses.find((entry) => entry.id === blank.clause);
      if (!clause) throw new DomainError('not-found', `There is no clause ${blank.clause} in ${catalog.standard.title}.`);
      return host.store.createDocument({
        blank: { type: blank.type, clause: { id: clause.id, title: clause.title } },
        title,
        by,
      });
    },
    'list-templates': async () => {
      const { templates, problems } = await host.store.templates.list();
      return { templates: templates.map((t) => ({ ...t.frontMatter, source: t.source })), problems };
    },
    'preview-template': async ({ id }) => {
      const template = await host.store.templates.get(id);
      return {
        template: { ...template.frontMatter, source: template.source },
        content: template.compiled.content,
        nextNumber: await host.store.nextDocumentNumber(template.frontMatter.documentType),
      };
    },
    'save-as-template': ({ id, templateId, title, summary }) => host.store.saveAsTemplate(id, { id: templateId, title, summary }),
    'update-profile': async ({ profile, baseVersion }) => {
      const catalog = await loadClauseCatalog(standardsDir);
      for (const { clause } of profile.organization.notApplicable) {
        if (!catalog.clauses.some((entry) => entry.id === clause)) {
          throw new DomainError(
            'invalid-request',
            `There is no clause ${clause} in ${catalog.standard.title} to declare not applicable.`,
          );
        }
      }
      return { projectVersion: await host.store.updateProfile(profile, baseVersion) };
    },
    ...createExportHandlers(host, chooseSaveFile),
    ...createSyncHandlers(host, userName, credentialStore),
    'import-house-style': ({ fileName, dataBase64 }) =>
      host.store.importHouseStyle(fileName, Buffer.from(dataBase64, 'base64')).then((path) => ({ path })),
    'import-logo': ({ fileName, dataBase64 }) =>
      host.store.importLogo(fileName, Buffer.from(dataBase64, 'base64')).then((path) => ({ path })),
    'read-logo': async ({ path }) => ({ logo: await host.store.readLogo(path) }),
    'update-document-details': async ({ id, baseVersion, ...change }) => {
      const catalog = await loadClauseCatalog(standardsDir);
      const unknown = change.clauses.filter((clause) => !catalog.clauses.some((entry) => entry.id === clause));
      if (unknown.length > 0) {
        throw new DomainError('invalid-request', `Not clauses of ${catalog.standard.title}: ${unknown.join(', ')}.`);
      }
      return host.store.updateDetails(id, change, baseVersion, (await userName()) ?? '');
    },
    'get-history': async ({ id }) => ({ entries: await host.store.history(id) }),
    'read-revision': ({ id, revision }) => host.store.readRevision(id, revision),
    'discard-revision': async ({ id, baseVersion }) => host.store.discardRevision(id, baseVersion, (await userName()) ?? ''),
    'get-settings': async () => {
      const current = await settings();
      return {
        userName: current.userName ?? null,
        userTemplatesDir: current.userTemplatesDir ?? null,
        projectsDir: defaultProjectsDir(),
        canChooseFolder: chooseFolder !== undefined,
      };
    },
    'set-user-name': async ({ userName: name }) => {
      await changeSettings((current) => ({ ...current, userName: name }));
      return { userName: name };
    },
    'set-templates-folder': async ({ folder }) => {
      const next = await changeSettings((current) => {
        const { userTemplatesDir: _, ...rest } = current;
        return folder ? { ...rest, userTemplatesDir: requireAbsolute(folder) } : rest;
      });
      return { userTemplatesDir: next.userTemplatesDir ?? null };
    },
    'choose-folder': async ({ purpose }) => {
      if (!chooseFolder) {
        throw new DomainError('unavailable', 'Browser mode cannot show the folder picker: type the folder’s full path instead.');
      }
      return { folder: await chooseFolder(purpose) };
    },
    'open-project': async ({ folder }) => {
      const store = await host.switchTo(requireAbsolute(folder));
      return { folder: store.folder, name: store.organization.name };
    },
    'create-project': async ({ folder, organization, revisionScheme, reviewPeriodMonths, essentials }) => {
      const by = await userName();
      if (essentials && !by)
        throw new DomainError('needs-name', 'Set your name first: the new documents are recorded with who made them.');
      const created = await createProject(requireAbsolute(folder), {
        organization,
        revisionScheme,
        reviewPeriodMonths,
        ...(essentials && by ? { essentials: { by, templatesDir } } : {}),
      });
      const store = await host.switchTo(created.folder);
      return { folder: store.folder, name: store.organization.name, documents: created.documents };
    },
    'poll-changes': ({ after }) => host.watcher.changesAfter(after, pollTimeoutMs),
    'get-catalog': ({ standard }) => loadClauseCatalog(standardsDir, standard),
    'record-certification-step': async ({ step, done, note }) => {
      const catalog = await loadClauseCatalog(standardsDir);
      if (!catalog.certification.some((entry) => entry.id === step))
        throw new DomainError('not-found', `There is no certification step "${step}".`);
      return { certification: await host.store.recordCertificationStep(step, done, note) };
    },
    'record-training': async ({ person, role, quiz: choice, answers }) => {
      const catalog = await loadClauseCatalog(standardsDir);
      let quiz: QuizDefinition;
      try {
        quiz = buildQuiz(catalog, choice);
      } catch (error) {
        throw new DomainError('invalid-request', (error as Error).message);
      }
      const problems = answerProblems(quiz, answers);
      if (problems.length) throw new DomainError('invalid-request', `The answers were not recorded: ${problems.join(' ')}`);
      if (answers.length === 0) throw new DomainError('invalid-request', 'Nothing was answered, so there is nothing to record.');
      const givenBy = await userName();
      if (!givenBy)
        throw new DomainError('invalid-request', 'Say who you are (your name in the settings) before recording training.');
      const date = host.store.today();
      const record = trainingRecord(quiz, new Map(answers.map((answer) => [answer.item, answer.given])), {
        id: newTrainingRecordId(date),
        person,
        role: role ?? '',
        date,
        givenBy,
        standard: catalog.standard.id,
      });
      return { record, file: await host.store.recordTraining(record) };
    },
    'list-training': () => readTrainingRecords(host.store.folder),
    'enable-version-history': async () => {
      const by = await userName();
      if (!by) throw new DomainError('needs-name', 'Set your name first: the first version is recorded with who made it.');
      await host.store.enableVersionHistory(by);
      return { versionHistory: true as const };
    },
    'document-versions': async ({ id }) => ({ versions: await host.store.versionsOf(id) }),
    'read-document-version': ({ id, version }) => host.store.readVersion(id, version),
  };
}
