import { type JSX, useCallback, useEffect, useRef, useState } from 'react';
import type { QmsApi } from '../../src-shared/api/client';
import type { OpenedDocument, ProjectView } from '../../src-shared/api/contract';
import type { ApiError } from '../../src-shared/api/result';
import type { SerializedContent } from '../../src-shared/editor/serialized-content';
import { DocumentHeader } from './components/DocumentHeader';
import { DocumentList } from './components/DocumentList';
import { GuidancePanel } from './components/GuidancePanel';
import { SaveProblemBanner } from './components/SaveProblemBanner';
import { SaveStatus } from './components/SaveStatus';
import { DocumentEditor } from './editor/DocumentEditor';
import type { SaveController, SaveState } from './save/save-controller';

const LAST_DOCUMENT_KEY = 'qms-last-document';

interface AppProps {
  api: QmsApi;
  mode: 'desktop' | 'browser';
  storage?: Storage;
  /** Asks the user to confirm a destructive choice (window.confirm in the program). */
  confirm?: (question: string) => boolean;
}

export function App({ api, mode, storage = window.localStorage, confirm = (q) => window.confirm(q) }: AppProps): JSX.Element {
  const [project, setProject] = useState<ProjectView | null>(null);
  const [projectError, setProjectError] = useState<ApiError | null>(null);
  const [opened, setOpened] = useState<OpenedDocument | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  const controllerRef = useRef<SaveController<SerializedContent> | null>(null);
  const onController = useCallback((controller: SaveController<SerializedContent> | null) => {
    controllerRef.current = controller;
  }, []);

  const openDocument = useCallback(
    async (id: string) => {
      const controller = controllerRef.current;
      if (controller) {
        await controller.saveNow();
        if (controller.hasUnsavedChanges) {
          setNotice(
            'Your changes to this document are not saved yet. Choose what to do about them above before opening another document.',
          );
          return;
        }
      }
      const result = await api.readDocument({ id });
      if (!result.ok) {
        setNotice(result.error.message);
        return;
      }
      setNotice(null);
      setSaveState({ kind: 'saved', at: null });
      setOpened(result.value);
      storage.setItem(LAST_DOCUMENT_KEY, id);
    },
    [api, storage],
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
      setSaveState({ kind: 'saved', at: null });
      setOpened(latest.value);
    },
    [api, confirm, opened],
  );

  useEffect(() => {
    void (async () => {
      const result = await api.getProject({});
      if (!result.ok) {
        setProjectError(result.error);
        return;
      }
      setProject(result.value);
      document.title = `${result.value.organization.name} — QMS Workbench`;
      const last = storage.getItem(LAST_DOCUMENT_KEY);
      const first = result.value.documents.find((meta) => meta.id === last) ?? result.value.documents[0];
      if (first) await openDocument(first.id);
    })();
  }, [api, storage, openDocument]);

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
    <div className="app">
      <header className="topbar">
        <span className="brand">QMS Workbench</span>
        <span className="project-name">{project.organization.name}</span>
        <span className="project-folder" title={project.folder}>
          {project.folder}
        </span>
        {mode === 'browser' ? <span className="mode-tag">Browser mode</span> : null}
      </header>
      <DocumentList
        documents={project.documents}
        damaged={project.damaged}
        selectedId={opened?.meta.id ?? null}
        onSelect={(id) => void openDocument(id)}
      />
      <main className="workspace">
        <SaveProblemBanner
          state={saveState}
          onKeepMine={() => void resolveConflict('mine')}
          onLoadDisk={() => void resolveConflict('disk')}
          onRetry={() => void controllerRef.current?.saveNow()}
        />
        {notice ? (
          <div className="banner banner-warning" role="status">
            {notice}
          </div>
        ) : null}
        {opened ? (
          <>
            <DocumentHeader meta={opened.meta}>
              <SaveStatus state={saveState} />
            </DocumentHeader>
            <DocumentEditor
              key={`${opened.meta.id}:${opened.version}`}
              api={api}
              document={opened}
              onSaveState={setSaveState}
              onController={onController}
            />
          </>
        ) : (
          <p className="muted empty-workspace">Choose a document on the left to start writing.</p>
        )}
      </main>
      <GuidancePanel meta={opened?.meta ?? null} />
    </div>
  );
}
