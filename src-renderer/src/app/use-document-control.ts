import { useCallback, useEffect, useState } from 'react';
import type { SavedDocumentView } from '../../../src-shared/api/contract';
import type { HistoryEntry } from '../../../src-shared/control/history';
import type { DocumentStatus } from '../../../src-shared/project/document-status';
import type { Approval } from '../components/ApproveDialog';
import type { DetailsEdit } from '../components/DocumentDetailsDialog';
import type { TemplateDetailsEdit } from '../components/SaveAsTemplateDialog';
import type { VersionsState } from '../revisions/VersionsList';
import type { OpenDialog } from './AppDialogs';
import { useServices } from './services';
import type { useOpenDocument } from './use-open-document';

interface DocumentControlDeps {
  document: ReturnType<typeof useOpenDocument>;
  userName: string | null;
  /** The project keeps version history: the history panel lists the document's versions too. */
  versionHistory: boolean;
  refreshProject: () => Promise<unknown>;
  setDialog: (dialog: OpenDialog) => void;
  setNotice: (notice: string | null) => void;
}

/**
 * Document control for the open document: status changes (with who made them),
 * details, save as template, and its history. Every action saves the editor's text first.
 */
export function useDocumentControl({
  document,
  userName,
  versionHistory,
  refreshProject,
  setDialog,
  setNotice,
}: DocumentControlDeps) {
  const { api, confirm } = useServices();
  const { opened, settleEdits, showFromDisk, applyMeta, applySaved, hasPendingEdits, controllerRef, openedIdRef } = document;
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [versions, setVersions] = useState<VersionsState>(null);
  const [historyOpen, setHistoryOpen] = useState(false);

  const loadHistory = useCallback(
    async (id: string) => {
      const [result, listed] = await Promise.all([api.getHistory({ id }), versionHistory ? api.documentVersions({ id }) : null]);
      // A late answer for a document no longer open must not show under another one.
      if (openedIdRef.current !== id) return;
      setHistory(result.ok ? result.value.entries : []);
      if (listed)
        setVersions(listed.ok ? { versions: listed.value.versions, error: null } : { versions: [], error: listed.error.message });
    },
    [api, openedIdRef, versionHistory],
  );

  const openedId = opened?.meta.id;
  useEffect(() => {
    setHistory(null);
    setVersions(null);
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
    [
      api,
      opened,
      userName,
      historyOpen,
      refreshProject,
      loadHistory,
      showFromDisk,
      applyMeta,
      hasPendingEdits,
      setDialog,
      setNotice,
    ],
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
    [opened, settleEdits, confirm, changeStatus, setDialog],
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
    [api, opened, settleEdits, applySaved, historyOpen, loadHistory, controllerRef, setDialog],
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
    [api, opened, settleEdits, setDialog, setNotice],
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

  return {
    busy,
    dialogError,
    setDialogError,
    /** The history entries when the panel is open (null while they load), undefined when it is closed. */
    history: historyOpen ? history : undefined,
    /** The document's versions when the history panel is open and the project keeps version history. */
    versions: historyOpen && versionHistory ? versions : undefined,
    toggleHistory: useCallback(() => setHistoryOpen((open) => !open), []),
    changeStatus,
    requestStatus,
    saveDetails,
    saveAsTemplate,
    revisionDiscarded,
  };
}
