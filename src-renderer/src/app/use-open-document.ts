import { useCallback, useRef, useState } from 'react';
import type { ExternalChange, OpenedDocument, SavedDocumentView } from '../../../src-shared/api/contract';
import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { useExternalChanges } from '../api/use-external-changes';
import type { EditJournal } from '../save/edit-journal';
import { keepBoth, keptBothNotice } from '../save/keep-both';
import type { SaveController } from '../save/save-controller';
import type { Recovery } from '../save/use-recovery';
import { useServices } from './services';
import type { useProject } from './use-project';

const LAST_DOCUMENT_KEY = 'qms-last-document';

type ProjectState = Pick<ReturnType<typeof useProject>, 'refreshProject' | 'documentChanged' | 'documentSaved'>;

/**
 * The document in the editor: which one, loading it from disk, and its save controller.
 * Nothing the user typed is replaced: a new document opens only once the edits are saved,
 * and a change on disk reaches the editor only when it holds no unsaved edits.
 */
export function useOpenDocument(
  projectState: ProjectState,
  setNotice: (notice: string | null) => void,
  /** The project's edit journal, and the offer of edits it holds for a document being opened. */
  journal: EditJournal | null,
  offerRecovery: Recovery['offer'],
) {
  const { api, storage, confirm } = useServices();
  const { refreshProject, documentChanged, documentSaved } = projectState;
  const [opened, setOpened] = useState<OpenedDocument | null>(null);
  // Bumped on every load from disk, so the editor is rebuilt even when the file's version
  // happens to equal the one it was first opened with.
  const [loadCount, setLoadCount] = useState(0);
  // The controller changes when a document is (re)loaded, never per keystroke; the save
  // state itself is read by the components that show it (useSaveState).
  const [controller, setController] = useState<SaveController<SerializedContent> | null>(null);
  const controllerRef = useRef<SaveController<SerializedContent> | null>(null);
  const openedIdRef = useRef<string | undefined>(undefined);
  openedIdRef.current = opened?.meta.id;

  const onController = useCallback((next: SaveController<SerializedContent> | null) => {
    controllerRef.current = next;
    setController(next);
  }, []);

  const showFromDisk = useCallback((document: OpenedDocument) => {
    setOpened(document);
    setLoadCount((count) => count + 1);
  }, []);

  /** Whether edits are waiting in the editor: then nothing may replace what it shows. */
  const hasPendingEdits = useCallback(() => controllerRef.current?.hasUnsavedChanges === true, []);

  /** Saves what is in the editor first; false when that did not succeed. */
  const settleEdits = useCallback(async () => {
    const current = controllerRef.current;
    if (!current) return true;
    await current.saveNow();
    if (!current.hasUnsavedChanges) return true;
    setNotice('Your changes to this document are not saved yet. Choose what to do about them above first.');
    return false;
  }, [setNotice]);

  // Only the latest request to open a document may change what is shown: a slow
  // answer for an earlier click must not replace the document the user chose since.
  const openRequest = useRef(0);
  const openDocument = useCallback(
    /** Resolves true when the document is shown. */
    async (id: string): Promise<boolean> => {
      const request = ++openRequest.current;
      if (!(await settleEdits())) return false;
      let result = await api.readDocument({ id });
      if (request !== openRequest.current) return false;
      if (hasPendingEdits()) {
        // Typed while the document was being read: save that first (or stay), then read again.
        if (!(await settleEdits())) return false;
        result = await api.readDocument({ id });
        if (request !== openRequest.current) return false;
      }
      if (!result.ok) {
        setNotice(result.error.message);
        return false;
      }
      setNotice(null);
      storage.setItem(LAST_DOCUMENT_KEY, id);
      // The document already in the editor, unchanged on disk: keep the editor (and the cursor) as it is.
      if (openedIdRef.current === id && result.value.version === controllerRef.current?.currentVersion) return true;
      // Edits journalled but never saved (a crash, a killed server) are offered back first.
      const shown = await offerRecovery(result.value);
      if (request !== openRequest.current) return false;
      showFromDisk(shown);
      return true;
    },
    [api, storage, settleEdits, showFromDisk, hasPendingEdits, setNotice, offerRecovery],
  );

  /**
   * Opens the document shown at start, unless the user has already chosen one: the
   * project can take a while to load, and a click made meanwhile wins.
   */
  const openAtStart = useCallback(async (id: string) => (openRequest.current === 0 ? openDocument(id) : false), [openDocument]);

  /** The document the user had open last time, if it is still there. */
  const lastOpenedId = useCallback(() => storage.getItem(LAST_DOCUMENT_KEY), [storage]);

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

  /** After a conflict: the user decides whose text wins. */
  const resolveConflict = useCallback(
    async (choice: 'mine' | 'disk' | 'both') => {
      if (!opened) return;
      if (choice === 'both') {
        const mine = controllerRef.current?.readContent();
        if (!mine) return;
        const kept = await keepBoth(api, opened.meta.id, mine, journal);
        if (!kept.ok) return setNotice(kept.error.message);
        await refreshProject();
        showFromDisk(kept.value.latest);
        return setNotice(keptBothNotice(kept.value));
      }
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
      await journal?.discard(opened.meta.id);
      showFromDisk(latest.value);
    },
    [api, confirm, opened, showFromDisk, setNotice, journal, refreshProject],
  );

  const onExternalChanges = useCallback(
    async (changes: ExternalChange[]) => {
      await refreshProject();
      const id = opened?.meta.id;
      if (!id || !changes.some((change) => change.document === id)) return;
      if (hasPendingEdits()) {
        // Saving now surfaces the conflict and its choices at once.
        await controllerRef.current?.saveNow();
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
    [api, opened, refreshProject, showFromDisk, hasPendingEdits, setNotice],
  );
  useExternalChanges(api, (changes) => void onExternalChanges(changes));

  return {
    opened,
    /** Changes whenever the document is loaded from disk again, so the editor is rebuilt. */
    editorKey: opened ? `${opened.meta.id}:${opened.version}:${loadCount}` : '',
    controller,
    controllerRef,
    openedIdRef,
    onController,
    showFromDisk,
    hasPendingEdits,
    settleEdits,
    openDocument,
    openAtStart,
    lastOpenedId,
    applyMeta,
    applySaved,
    resolveConflict,
  };
}
