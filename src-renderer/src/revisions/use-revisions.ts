import { useCallback, useRef, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ApprovedRevisionView, OpenedDocument, SavedDocumentView } from '../../../src-shared/api/contract';
import { revisionInForceBeside } from '../../../src-shared/control/revision-discard';
import { type Comparison, compareContent } from '../../../src-shared/editor/compare/compare-content';
import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import type { SaveController } from '../save/save-controller';

/** What shows beside the draft: nothing, the revision in force, or what changed since it. */
export type RevisionPanel = 'none' | 'in-force' | 'compare';

export interface Revisions {
  /** The approved revision in force beside this draft, or null when there is none to show. */
  inForce: string | null;
  panel: RevisionPanel;
  approved: ApprovedRevisionView | null;
  comparison: Comparison | null;
  /** Said over the comparison: it shows the last saved text when the latest edits could not be saved. */
  comparisonNote: string | null;
  loading: boolean;
  error: string | null;
  discardOpen: boolean;
  discardError: string | null;
  discarding: boolean;
  togglePanel: (panel: Exclude<RevisionPanel, 'none'>) => void;
  refreshComparison: () => void;
  askDiscard: () => void;
  cancelDiscard: () => void;
  discard: () => void;
}

interface RevisionsOptions {
  api: QmsApi;
  opened: OpenedDocument;
  controller: SaveController<SerializedContent> | null;
  /** How a linked field reads in the comparison (its value now, the same in both revisions). */
  fieldText: (path: string) => string;
  /** The draft was discarded: the document must be read again from disk. */
  onDiscarded: (saved: SavedDocumentView) => void;
}

/**
 * The calls and state behind the revision views of an open draft: the approved revision
 * in force (read once from its snapshot), the comparison with it, and discarding the draft.
 * Nothing here runs per keystroke: a comparison is made when asked for, from saved text.
 */
export function useRevisions({ api, opened, controller, fieldText, onDiscarded }: RevisionsOptions): Revisions {
  const { id } = opened.meta;
  const inForce = revisionInForceBeside(opened.meta);
  // What is open belongs to one document and revision: after a switch or a status change it reads as closed.
  const key = `${id}:${inForce}`;
  const [open, setOpen] = useState<{ key: string; panel: RevisionPanel; discard: boolean }>({
    key,
    panel: 'none',
    discard: false,
  });
  const panel = open.key === key ? open.panel : 'none';
  const discardOpen = open.key === key && open.discard;
  const setPanel = useCallback((next: RevisionPanel) => setOpen({ key, panel: next, discard: false }), [key]);
  const [fetched, setApproved] = useState<ApprovedRevisionView | null>(null);
  const approved = fetched && fetched.meta.id === id && fetched.meta.revision === inForce ? fetched : null;
  const [compared, setComparison] = useState<{ key: string; comparison: Comparison; note: string | null } | null>(null);
  const comparison = compared?.key === key ? compared.comparison : null;
  const comparisonNote = compared?.key === key ? compared.note : null;
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [discardError, setDiscardError] = useState<string | null>(null);
  const [discarding, setDiscarding] = useState(false);
  // A late answer for another document or revision must not show under this one.
  const current = useRef(key);
  current.current = key;

  const loadApproved = useCallback(async (): Promise<ApprovedRevisionView | null> => {
    if (inForce === null) return null;
    if (approved && approved.meta.revision === inForce) return approved;
    const result = await api.readRevision({ id, revision: inForce });
    if (!result.ok) {
      setError(result.error.message);
      return null;
    }
    setApproved(result.value);
    return result.value;
  }, [api, id, inForce, approved]);

  const compare = useCallback(async () => {
    const asked = current.current;
    setLoading(true);
    setError(null);
    // The draft as it is in the editor: saved first, then read back.
    await controller?.saveNow();
    const [base, draft] = await Promise.all([loadApproved(), api.readDocument({ id })]);
    setLoading(false);
    if (asked !== current.current || !base) return;
    if (!draft.ok) return setError(draft.error.message);
    setComparison({
      key: asked,
      comparison: compareContent(base.content, draft.value.content, fieldText),
      note: controller?.hasUnsavedChanges
        ? 'Your latest changes could not be saved yet, so this shows the draft as last saved.'
        : null,
    });
  }, [api, id, controller, loadApproved, fieldText]);

  const togglePanel = useCallback(
    (next: Exclude<RevisionPanel, 'none'>) => {
      setError(null);
      if (panel === next) return setPanel('none');
      setPanel(next);
      if (next === 'compare') void compare();
      else void loadApproved();
    },
    [panel, setPanel, compare, loadApproved],
  );

  const discard = useCallback(async () => {
    setDiscarding(true);
    setDiscardError(null);
    // Settle the editor first, so no save of the draft lands after the discard.
    await controller?.saveNow();
    const result = await api.discardRevision({ id, baseVersion: controller?.currentVersion ?? opened.version });
    setDiscarding(false);
    if (!result.ok) {
      setDiscardError(
        result.error.code === 'needs-name'
          ? 'Set your name first (Settings): discarding a draft is recorded with who did it.'
          : result.error.message,
      );
      return;
    }
    setOpen({ key, panel: 'none', discard: false });
    onDiscarded(result.value);
  }, [api, id, key, controller, opened.version, onDiscarded]);

  return {
    inForce,
    panel,
    approved,
    comparison,
    comparisonNote,
    loading,
    error,
    discardOpen,
    discardError,
    discarding,
    togglePanel,
    refreshComparison: () => void compare(),
    askDiscard: () => {
      setDiscardError(null);
      setOpen({ key, panel, discard: true });
    },
    cancelDiscard: () => setOpen({ key, panel, discard: false }),
    discard: () => void discard(),
  };
}
