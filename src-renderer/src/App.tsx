import { type JSX, useCallback, useEffect, useMemo, useState } from 'react';
import type { QmsApi } from '../../src-shared/api/client';
import { AppDialogs, type OpenDialog } from './app/AppDialogs';
import { DocumentPane } from './app/DocumentPane';
import { type Services, ServicesProvider, useServices } from './app/services';
import { useDocumentControl } from './app/use-document-control';
import { useOpenDocument } from './app/use-open-document';
import { useProject } from './app/use-project';
import { useSettings } from './app/use-settings';
import { WorkspaceViews } from './app/WorkspaceViews';
import { DocumentList } from './components/DocumentList';
import { GuidancePanel } from './components/GuidancePanel';
import { SaveProblemBanner } from './components/SaveProblemBanner';
import { TopBar, type WorkspaceView } from './components/TopBar';
import type { GalleryStart } from './components/templates/TemplateGallery';
import { type RecentProjectRow, WorkbenchDatabase } from './db/database';
import type { ExportTarget } from './export/ExportDialog';
import { useGuidance } from './guidance/use-guidance';
import { recentProjects, rememberProject } from './projects/recent-projects';
import { EditJournalContext, useEditJournal } from './save/journal-context';
import { useRecovery } from './save/use-recovery';

interface AppProps {
  api: QmsApi;
  mode: 'desktop' | 'browser';
  storage?: Storage;
  /** Asks the user to confirm a destructive choice (window.confirm in the program). */
  confirm?: (question: string) => boolean;
  /** The renderer's IndexedDB (search index, UI state, recent projects). */
  db?: WorkbenchDatabase;
  /** Starts the window afresh on another project (location.reload in the program). */
  reload?: () => void;
}

let defaultDatabase: WorkbenchDatabase | null = null;
function sharedDatabase(): WorkbenchDatabase {
  defaultDatabase ??= new WorkbenchDatabase();
  return defaultDatabase;
}

export function App({
  api,
  mode,
  storage = window.localStorage,
  confirm = (q) => window.confirm(q),
  db = sharedDatabase(),
  reload = () => window.location.reload(),
}: AppProps): JSX.Element {
  const services = useMemo<Services>(() => ({ api, db, storage, confirm }), [api, db, storage, confirm]);
  return (
    <ServicesProvider value={services}>
      <Workbench mode={mode} reload={reload} />
    </ServicesProvider>
  );
}

/** The window: composes the project, the open document and document control; owns only what is on screen. */
function Workbench({ mode, reload }: { mode: 'desktop' | 'browser'; reload: () => void }): JSX.Element {
  const { api, db, storage } = useServices();
  const projectState = useProject(api);
  const { project, projectError, refreshProject } = projectState;
  const { settings, userName, loadSettings, nameSaved } = useSettings(api);
  const [view, setView] = useState<WorkspaceView>('document');
  const [sectionClause, setSectionClause] = useState<string | null>(null);
  const [focusClause, setFocusClause] = useState<{ id: string; at: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [recent, setRecent] = useState<RecentProjectRow[]>([]);
  const [profileShown, setProfileShown] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const readOnly = project?.readOnlyReason != null;

  const journal = useEditJournal(db, project?.folder);
  const recovery = useRecovery(journal);
  const documentState = useOpenDocument(projectState, setNotice, journal, recovery.offer);
  const {
    opened,
    controller,
    controllerRef,
    settleEdits,
    resolveConflict,
    openDocument: loadDocument,
    openAtStart,
    lastOpenedId,
  } = documentState;
  const control = useDocumentControl({
    document: documentState,
    userName,
    versionHistory: project?.versionHistory ?? false,
    refreshProject,
    setDialog,
    setNotice,
  });
  const { setDialogError } = control;

  /** Opens a document and shows the document view. */
  const openDocument = useCallback(
    async (id: string) => {
      if (await loadDocument(id)) setView('document');
    },
    [loadDocument],
  );

  /** Opens the export dialog; a document's unsaved text is saved first, so the export has it. */
  const openExport = useCallback(
    async (target: ExportTarget) => {
      if (target.kind === 'document') await controllerRef.current?.saveNow();
      setDialog({ kind: 'export', target });
    },
    [controllerRef],
  );

  const {
    catalog,
    templateIds,
    coverage,
    pinned,
    pin,
    error: catalogError,
    searchReady,
  } = useGuidance(api, db, project, storage);

  /** Runs an action that records who did it, asking for the user's name first when it is not known yet. */
  const withName = useCallback(
    (action: (name: string) => void) => {
      if (userName) action(userName);
      else setDialog({ kind: 'user-name', afterSave: action });
    },
    [userName],
  );

  /** The gallery, asking for the user's name first: the new document is recorded with who made it. */
  const newDocument = useCallback(
    (start?: GalleryStart) => withName(() => setDialog({ kind: 'new-document', ...(start ? { start } : {}) })),
    [withName],
  );

  /** Another project opens in this window: what is typed is saved first, then the window starts afresh on it. */
  const projectSwitched = useCallback(
    async (next: { folder: string; name: string }) => {
      await rememberProject(db, next.folder, next.name).catch(() => undefined);
      setDialog(null);
      reload();
    },
    [db, reload],
  );
  /** New project, Open project, or a recent one straight away. */
  const switchProject = useCallback(
    async (kind: 'new-project' | 'open-project', folder?: string) => {
      if (!(await settleEdits())) return;
      if (kind === 'new-project') return withName(() => setDialog({ kind }));
      if (!folder) return setDialog({ kind });
      const result = await api.openProject({ folder });
      if (!result.ok) return setNotice(result.error.message);
      await projectSwitched(result.value);
    },
    [api, settleEdits, withName, projectSwitched],
  );

  const recordStep = useCallback(
    async (step: string, done: boolean) => {
      const result = await api.recordCertificationStep({ step, done });
      if (!result.ok) setNotice(result.error.message);
      await refreshProject();
    },
    [api, refreshProject],
  );

  /** Sync: what is typed is saved first, and the user's name known (what goes out is recorded with it). */
  const startSync = useCallback(async () => {
    if (!(await settleEdits())) return;
    withName(() => setDialog({ kind: 'sync' }));
  }, [settleEdits, withName]);
  /** After a sync the folder may hold other text: the project and the open document are read again. */
  const synced = useCallback(async () => {
    const loaded = await refreshProject();
    const id = opened?.meta.id;
    if (!loaded || !id) return;
    const still = loaded.documents.find((meta) => meta.id === id) ?? loaded.documents[0];
    if (still) await loadDocument(still.id);
  }, [refreshProject, opened?.meta.id, loadDocument]);
  /** Another project opens in this window once brought from the server: what is typed is saved first. */
  const openShared = useCallback(async () => {
    if (!(await settleEdits())) return;
    setDialog({ kind: 'open-shared-project' });
  }, [settleEdits]);
  const keepDrafts = useCallback(async () => {
    if (!(await settleEdits())) return;
    withName(() => {
      void (async () => {
        const result = await api.keepDrafts({});
        if (!result.ok) return setNotice(result.error.message);
        const { files, documents } = result.value;
        setNotice(
          files === 0
            ? 'Nothing has changed since the last version.'
            : `A version of your drafts was kept (${documents.length > 0 ? documents.join(', ') : `${files} files`}).`,
        );
      })();
    });
  }, [api, settleEdits, withName]);

  const clearFocus = useCallback(() => setFocusClause(null), []);
  const [quizRequest, setQuizRequest] = useState<{ clauses: string[]; at: number } | null>(null);
  const startQuiz = useCallback((clauses: string[]) => {
    setQuizRequest({ clauses, at: Date.now() });
    setView('training');
  }, []);
  const showGuidance = useCallback((id: string) => {
    setView('document');
    setFocusClause({ id, at: Date.now() });
  }, []);

  useEffect(() => {
    void (async () => {
      const loadedSettings = await loadSettings();
      const loaded = await refreshProject();
      if (!loaded) return;
      // Nothing is ever recorded as an unknown user: the first run asks who is working.
      if (loadedSettings && !loadedSettings.userName && !loaded.readOnlyReason) setDialog({ kind: 'user-name' });
      await rememberProject(db, loaded.folder, loaded.organization.name).catch(() => undefined);
      setRecent(await recentProjects(db).catch(() => []));
      const last = lastOpenedId();
      const first = loaded.documents.find((meta) => meta.id === last) ?? loaded.documents[0];
      // Loaded without switching the view: the document opened at start must not pull the user out of a view they chose.
      if (first) await openAtStart(first.id);
    })();
  }, [db, refreshProject, openAtStart, lastOpenedId, loadSettings]);

  // A save that would be recorded (a new revision) needs a name: ask, then save again.
  useEffect(
    () =>
      controller?.subscribe((state) => {
        if (state.kind === 'failed' && state.error.code === 'needs-name') {
          setDialog((open) => open ?? { kind: 'user-name', afterSave: () => void controllerRef.current?.saveNow() });
        }
      }),
    [controller, controllerRef],
  );

  const fieldValues = useMemo(
    () =>
      project && opened
        ? {
            organization: project.organization,
            document: opened.meta,
            project: { reviewPeriodMonths: project.reviewPeriodMonths },
          }
        : null,
    [project, opened],
  );

  const changeView = useCallback((next: WorkspaceView) => {
    if (next === 'profile') setProfileShown(true);
    setView(next);
  }, []);

  if (projectError) {
    return (
      <main className="fatal">
        <h1>The project could not be opened</h1>
        <p>{projectError.message}</p>
      </main>
    );
  }
  if (!project) return <main className="loading">Opening project…</main>;

  // The journal is the open project's: the editor writes to it, opening a document reads it.
  return (
    <EditJournalContext.Provider value={journal}>
      <div className={view === 'document' ? 'app' : 'app app-wide'}>
        <TopBar
          project={project}
          mode={mode}
          view={view}
          userName={userName}
          readOnly={readOnly}
          recent={recent}
          onView={changeView}
          onNewDocument={() => newDocument()}
          onNewProject={() => void switchProject('new-project')}
          onOpenProject={(folder) => void switchProject('open-project', folder)}
          onSettings={() => setDialog({ kind: 'settings' })}
          onOpenShared={() => void openShared()}
          onSync={() => void startSync()}
          onKeepDrafts={() => void keepDrafts()}
        />
        <DocumentList
          documents={project.documents}
          today={project.today}
          damaged={project.damaged}
          integrity={project.integrity}
          selectedId={view === 'document' ? (opened?.meta.id ?? null) : null}
          onSelect={(id) => void openDocument(id)}
        />
        <main className="workspace">
          {readOnly ? (
            <div className="banner banner-warning" role="status">
              Read-only: {project.readOnlyReason}
            </div>
          ) : null}
          <SaveProblemBanner
            controller={controller}
            onKeepMine={() => void resolveConflict('mine')}
            onLoadDisk={() => void resolveConflict('disk')}
            onKeepBoth={() => void resolveConflict('both')}
            onRetry={() => void controllerRef.current?.saveNow()}
          />
          {notice ? (
            <div className="banner banner-warning" role="status">
              {notice}
            </div>
          ) : null}
          <WorkspaceViews
            view={view}
            api={api}
            project={project}
            catalog={catalog}
            coverage={coverage}
            readOnly={readOnly}
            profileShown={profileShown}
            onOpenDocument={(id) => void openDocument(id)}
            onOpenClause={showGuidance}
            onCreateForClause={(clause) => newDocument({ clause })}
            onProfileSaved={refreshProject}
            onRecordStep={(step, done) => void recordStep(step, done)}
            onExport={(kind) => void openExport({ kind })}
            quizRequest={quizRequest}
          />
          {/* The document view stays mounted behind the other views, so its editor keeps
            unsaved text and goes on saving while a list is shown. */}
          <div className="document-view" hidden={view !== 'document'}>
            {opened ? (
              <DocumentPane
                api={api}
                opened={opened}
                today={project.today}
                tailoring={project.tailoring[opened.meta.id] ?? null}
                integrity={project.integrity[opened.meta.id]}
                controller={controller}
                readOnly={readOnly}
                busy={control.busy}
                history={control.history}
                versions={control.versions}
                editorKey={documentState.editorKey}
                fieldValues={fieldValues}
                clauses={catalog?.clauses ?? null}
                onStatus={(to) => void control.requestStatus(to)}
                onToggleHistory={control.toggleHistory}
                onDetails={() =>
                  withName(() => {
                    setDialogError(null);
                    setDialog({ kind: 'details' });
                  })
                }
                onSaveAsTemplate={() => {
                  setDialogError(null);
                  setDialog({ kind: 'save-as-template' });
                }}
                onExport={() => void openExport({ kind: 'document', id: opened.meta.id })}
                onSectionClause={setSectionClause}
                onSaved={documentState.applySaved}
                onController={documentState.onController}
                onRevisionDiscarded={(saved) => void control.revisionDiscarded(saved)}
              />
            ) : (
              <p className="muted empty-workspace">Choose a document on the left, or start a new one from a template.</p>
            )}
          </div>
        </main>
        <GuidancePanel
          hidden={view !== 'document'}
          catalog={catalog}
          db={db}
          meta={opened?.meta ?? null}
          sectionClause={sectionClause}
          focus={focusClause}
          onFocusShown={clearFocus}
          catalogError={catalogError}
          searchReady={searchReady}
          pinned={pinned}
          onPin={pin}
          availableTemplates={templateIds}
          onCreateFromTemplate={(templateId) => newDocument({ templateId })}
          onStartQuiz={startQuiz}
        />

        <AppDialogs
          dialog={dialog}
          api={api}
          db={db}
          project={project}
          opened={opened}
          settings={settings}
          clauses={catalog?.clauses ?? null}
          error={control.dialogError}
          busy={control.busy}
          onClose={() => setDialog(null)}
          onError={setDialogError}
          onApprove={(approval) => void control.changeStatus('approved', approval)}
          onCreated={(id) => {
            setDialog(null);
            void refreshProject().then(() => openDocument(id));
          }}
          onSaveDetails={(edit) => void control.saveDetails(edit)}
          onSaveAsTemplate={(details) => void control.saveAsTemplate(details)}
          onSettingsSaved={() => {
            setDialog(null);
            void loadSettings();
          }}
          onProjectSwitched={(next) => void projectSwitched(next)}
          onSynced={() => void synced()}
          mode={mode}
          onNameSaved={(name) => {
            nameSaved(name);
            setDialogError(null);
            const afterSave = dialog?.kind === 'user-name' ? dialog.afterSave : undefined;
            setDialog(null);
            afterSave?.(name);
          }}
        />
        {recovery.dialog}
      </div>
    </EditJournalContext.Provider>
  );
}
