import { type JSX, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { QmsApi } from '../../src-shared/api/client';
import type { ExternalChange, OpenedDocument, SavedDocumentView } from '../../src-shared/api/contract';
import type { HistoryEntry } from '../../src-shared/control/history';
import type { SerializedContent } from '../../src-shared/editor/serialized-content';
import type { DocumentStatus } from '../../src-shared/project/document-status';
import type { DocumentMeta } from '../../src-shared/project/schema';
import { useExternalChanges } from './api/use-external-changes';
import { AppDialogs, type OpenDialog } from './app/AppDialogs';
import { DocumentPane } from './app/DocumentPane';
import { useProject } from './app/use-project';
import { useSettings } from './app/use-settings';
import { WorkspaceViews } from './app/WorkspaceViews';
import type { Approval } from './components/ApproveDialog';
import type { DetailsEdit } from './components/DocumentDetailsDialog';
import { DocumentList } from './components/DocumentList';
import { GuidancePanel } from './components/GuidancePanel';
import type { TemplateDetailsEdit } from './components/SaveAsTemplateDialog';
import { SaveProblemBanner } from './components/SaveProblemBanner';
import { TopBar, type WorkspaceView } from './components/TopBar';
import type { GalleryStart } from './components/templates/TemplateGallery';
import { type RecentProjectRow, WorkbenchDatabase } from './db/database';
import type { ExportTarget } from './export/ExportDialog';
import { useGuidance } from './guidance/use-guidance';
import { recentProjects, rememberProject } from './projects/recent-projects';
import type { SaveController } from './save/save-controller';

const LAST_DOCUMENT_KEY = 'qms-last-document';

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
  const { project, projectError, refreshProject, documentChanged, documentSaved } = useProject(api);
  const { settings, userName, loadSettings, nameSaved } = useSettings(api);
  const [opened, setOpened] = useState<OpenedDocument | null>(null);
  const [view, setView] = useState<WorkspaceView>('document');
  const [sectionClause, setSectionClause] = useState<string | null>(null);
  const [focusClause, setFocusClause] = useState<{ id: string; at: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [recent, setRecent] = useState<RecentProjectRow[]>([]);
  const [profileShown, setProfileShown] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const controllerRef = useRef<SaveController<SerializedContent> | null>(null);
  const openedIdRef = useRef<string | undefined>(undefined);
  // The controller changes when a document is (re)loaded, never per keystroke; the save
  // state itself is read by the components that show it (useSaveState).
  const [controller, setController] = useState<SaveController<SerializedContent> | null>(null);
  const onController = useCallback((next: SaveController<SerializedContent> | null) => {
    controllerRef.current = next;
    setController(next);
  }, []);
  const readOnly = project?.readOnlyReason != null;
  // Bumped on every load from disk, so the editor is rebuilt even when the file's version
  // happens to equal the one it was first opened with.
  const [loadCount, setLoadCount] = useState(0);
  const showFromDisk = useCallback((document: OpenedDocument) => {
    setOpened(document);
    setLoadCount((count) => count + 1);
  }, []);
  /** Whether edits are waiting in the editor: then nothing may replace what it shows. */
  const hasPendingEdits = useCallback(() => controllerRef.current?.hasUnsavedChanges === true, []);
  /** Opens the export dialog; a document's unsaved text is saved first, so the export has it. */
  const openExport = useCallback(async (target: ExportTarget) => {
    if (target.kind === 'document') await controllerRef.current?.saveNow();
    setDialog({ kind: 'export', target });
  }, []);

  const {
    catalog,
    templateIds,
    coverage,
    pinned,
    pin,
    error: catalogError,
    searchReady,
  } = useGuidance(api, db, project, storage);

  /** Saves what is in the editor first; false when that did not succeed. */
  const settleEdits = useCallback(async () => {
    const controller = controllerRef.current;
    if (!controller) return true;
    await controller.saveNow();
    if (!controller.hasUnsavedChanges) return true;
    setNotice('Your changes to this document are not saved yet. Choose what to do about them above first.');
    return false;
  }, []);

  // Only the latest request to open a document may change what is shown: a slow
  // answer for an earlier click must not replace the document the user chose since.
  const openRequest = useRef(0);
  const openDocument = useCallback(
    /** `switchView`: false for the document opened at start, which must not pull the user out of a view they chose. */
    async (id: string, switchView = true) => {
      const request = ++openRequest.current;
      if (!(await settleEdits())) return;
      let result = await api.readDocument({ id });
      if (request !== openRequest.current) return;
      if (hasPendingEdits()) {
        // Typed while the document was being read: save that first (or stay), then read again.
        if (!(await settleEdits())) return;
        result = await api.readDocument({ id });
        if (request !== openRequest.current) return;
      }
      if (!result.ok) {
        setNotice(result.error.message);
        return;
      }
      setNotice(null);
      if (switchView) setView('document');
      storage.setItem(LAST_DOCUMENT_KEY, id);
      // The document already in the editor, unchanged on disk: keep the editor (and the cursor) as it is.
      if (openedIdRef.current === id && result.value.version === controllerRef.current?.currentVersion) return;
      showFromDisk(result.value);
    },
    [api, storage, settleEdits, showFromDisk, hasPendingEdits],
  );

  /** A write answered with new metadata (a save that started a new revision, a status change). */
  const applyMeta = useCallback(
    (meta: DocumentMeta) => {
      setOpened((current) => (current && current.meta.id === meta.id ? { ...current, meta } : current));
      documentChanged(meta);
    },
    [documentChanged],
  );
  /** A write of the document answered with its metadata and its tailoring figures. */
  const applySaved = useCallback(
    (saved: Pick<SavedDocumentView, 'meta' | 'tailoring'>) => {
      setOpened((current) => (current && current.meta.id === saved.meta.id ? { ...current, meta: saved.meta } : current));
      documentSaved(saved);
    },
    [documentSaved],
  );

  /** Runs an action that records who did it, asking for the user's name first when it is not known yet. */
  const withName = useCallback(
    (action: (name: string) => void) => {
      if (userName) action(userName);
      else setDialog({ kind: 'user-name', afterSave: action });
    },
    [userName],
  );

  const loadHistory = useCallback(
    async (id: string) => {
      const result = await api.getHistory({ id });
      // A late answer for a document no longer open must not show under another one.
      if (openedIdRef.current === id) setHistory(result.ok ? result.value.entries : []);
    },
    [api],
  );

  const openedId = opened?.meta.id;
  openedIdRef.current = openedId;
  useEffect(() => {
    setHistory(null);
    if (historyOpen && openedId) void loadHistory(openedId);
  }, [historyOpen, openedId, loadHistory]);

  const changeStatus = useCallback(
    async (to: DocumentStatus, approval?: Approval, actor: string | null = userName) => {
      if (!opened) return;
      const { id } = opened.meta;
      if (!approval && !actor) {
        // Status changes are recorded with who made them: ask once, then carry on.
        setDialog({ kind: 'user-name', afterSave: (name) => void changeStatus(to, undefined, name) });
        return;
      }
      setBusy(true);
      const result = await api.changeStatus({
        id,
        to,
        ...(approval
          ? {
              by: approval.by,
              ...(approval.note ? { note: approval.note } : {}),
              ...(approval.nextReviewDate ? { nextReviewDate: approval.nextReviewDate } : {}),
            }
          : {}),
      });
      setBusy(false);
      if (!result.ok) {
        if (approval) setDialogError(result.error.message);
        else setNotice(result.error.message);
        return;
      }
      setDialog(null);
      setNotice(null);
      // Reopen from disk: the editor becomes read-only for an obsolete document.
      const reread = await api.readDocument({ id });
      if (reread.ok && !hasPendingEdits()) showFromDisk(reread.value);
      else if (reread.ok) applyMeta(reread.value.meta);
      await refreshProject();
      if (historyOpen) await loadHistory(id);
    },
    [api, opened, userName, historyOpen, refreshProject, loadHistory, showFromDisk, applyMeta, hasPendingEdits],
  );

  const requestStatus = useCallback(
    async (to: DocumentStatus) => {
      if (!opened || !(await settleEdits())) return;
      setDialogError(null);
      if (to === 'approved') {
        setDialog({ kind: 'approve' });
        return;
      }
      if (
        to === 'obsolete' &&
        !confirm(`Make ${opened.meta.id} obsolete? It becomes read-only for good and leaves the set of documents in force.`)
      ) {
        return;
      }
      await changeStatus(to);
    },
    [opened, settleEdits, confirm, changeStatus],
  );

  /** Revisions (src-renderer/src/revisions): a discarded draft is read again from disk, read-only as approved. */
  const revisionDiscarded = useCallback(
    async (saved: SavedDocumentView) => {
      const reread = await api.readDocument({ id: saved.meta.id });
      if (reread.ok) showFromDisk(reread.value);
      await refreshProject();
      if (historyOpen) await loadHistory(saved.meta.id);
    },
    [api, showFromDisk, refreshProject, historyOpen, loadHistory],
  );

  /** After a conflict: the user decides whose text wins. */
  const resolveConflict = useCallback(
    async (choice: 'mine' | 'disk') => {
      if (!opened) return;
      if (choice === 'disk' && !confirm('Discard the text you typed since the last save and load the file as it is on disk?'))
        return;
      const latest = await api.readDocument({ id: opened.meta.id });
      if (!latest.ok) {
        setNotice(latest.error.message);
        return;
      }
      if (choice === 'mine') {
        await controllerRef.current?.keepMine(latest.value.version);
        return;
      }
      showFromDisk(latest.value);
    },
    [api, confirm, opened, showFromDisk],
  );

  const onExternalChanges = useCallback(
    async (changes: ExternalChange[]) => {
      await refreshProject();
      const id = opened?.meta.id;
      if (!id || !changes.some((change) => change.document === id)) return;
      const controller = controllerRef.current;
      if (controller?.hasUnsavedChanges) {
        // Saving now surfaces the conflict and its choices at once.
        await controller.saveNow();
        return;
      }
      const latest = await api.readDocument({ id });
      if (!latest.ok || latest.value.version === controllerRef.current?.currentVersion) return;
      if (hasPendingEdits()) {
        await controllerRef.current?.saveNow();
        return;
      }
      showFromDisk(latest.value);
      setNotice(`${id} was changed outside the program; the editor now shows the version on disk.`);
    },
    [api, opened, refreshProject, showFromDisk, hasPendingEdits],
  );
  useExternalChanges(api, (changes) => void onExternalChanges(changes));

  /** The gallery, asking for the user's name first: the new document is recorded with who made it. */
  const newDocument = useCallback(
    (start?: GalleryStart) => withName(() => setDialog({ kind: 'new-document', ...(start ? { start } : {}) })),
    [withName],
  );

  const saveDetails = useCallback(
    async (edit: DetailsEdit) => {
      if (!opened || !(await settleEdits())) return;
      const controller = controllerRef.current;
      setBusy(true);
      const result = await api.updateDocumentDetails({
        id: opened.meta.id,
        baseVersion: controller?.currentVersion ?? opened.version,
        ...edit,
      });
      setBusy(false);
      if (!result.ok) return setDialogError(result.error.message);
      // Only the metadata changed: the editor's text is still what is on disk.
      controller?.rebase(result.value.version);
      applySaved(result.value);
      setDialog(null);
      if (historyOpen) await loadHistory(opened.meta.id);
    },
    [api, opened, settleEdits, applySaved, historyOpen, loadHistory],
  );

  const saveAsTemplate = useCallback(
    async (details: TemplateDetailsEdit) => {
      if (!opened || !(await settleEdits())) return;
      setBusy(true);
      const result = await api.saveAsTemplate({ id: opened.meta.id, ...details });
      setBusy(false);
      if (!result.ok) return setDialogError(result.error.message);
      setDialog(null);
      setNotice(`Saved as the template “${details.title}” (${result.value.file}); it is in the New document gallery now.`);
    },
    [api, opened, settleEdits],
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

  const clearFocus = useCallback(() => setFocusClause(null), []);
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
      const last = storage.getItem(LAST_DOCUMENT_KEY);
      const first = loaded.documents.find((meta) => meta.id === last) ?? loaded.documents[0];
      if (first) await openDocument(first.id, false);
    })();
  }, [db, storage, refreshProject, openDocument, loadSettings]);

  // A save that would be recorded (a new revision) needs a name: ask, then save again.
  useEffect(
    () =>
      controller?.subscribe((state) => {
        if (state.kind === 'failed' && state.error.code === 'needs-name') {
          setDialog((open) => open ?? { kind: 'user-name', afterSave: () => void controllerRef.current?.saveNow() });
        }
      }),
    [controller],
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

  return (
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
      />
      <DocumentList
        documents={project.documents}
        today={project.today}
        damaged={project.damaged}
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
              controller={controller}
              readOnly={readOnly}
              busy={busy}
              history={historyOpen ? history : undefined}
              editorKey={`${opened.meta.id}:${opened.version}:${loadCount}`}
              fieldValues={fieldValues}
              clauses={catalog?.clauses ?? null}
              onStatus={(to) => void requestStatus(to)}
              onToggleHistory={() => setHistoryOpen(!historyOpen)}
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
              onSaved={applySaved}
              onController={onController}
              onRevisionDiscarded={(saved) => void revisionDiscarded(saved)}
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
      />

      <AppDialogs
        dialog={dialog}
        api={api}
        db={db}
        project={project}
        opened={opened}
        settings={settings}
        clauses={catalog?.clauses ?? null}
        error={dialogError}
        busy={busy}
        onClose={() => setDialog(null)}
        onError={setDialogError}
        onApprove={(approval) => void changeStatus('approved', approval)}
        onCreated={(id) => {
          setDialog(null);
          void refreshProject().then(() => openDocument(id));
        }}
        onSaveDetails={(edit) => void saveDetails(edit)}
        onSaveAsTemplate={(details) => void saveAsTemplate(details)}
        onSettingsSaved={() => {
          setDialog(null);
          void loadSettings();
        }}
        onProjectSwitched={(next) => void projectSwitched(next)}
        onNameSaved={(name) => {
          nameSaved(name);
          setDialogError(null);
          const afterSave = dialog?.kind === 'user-name' ? dialog.afterSave : undefined;
          setDialog(null);
          afterSave?.(name);
        }}
      />
    </div>
  );
}
