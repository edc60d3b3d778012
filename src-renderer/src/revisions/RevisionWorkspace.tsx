import type { JSX, ReactNode } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { OpenedDocument, SavedDocumentView } from '../../../src-shared/api/contract';
import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import type { FieldContext } from '../../../src-shared/fields/field-catalog';
import type { SaveController } from '../save/save-controller';
import { CompareView } from './CompareView';
import { DiscardRevisionDialog } from './DiscardRevisionDialog';
import { useFieldText } from './field-text';
import { RevisionBanner } from './RevisionBanner';
import { RevisionInForceView } from './RevisionInForceView';
import { useRevisions } from './use-revisions';
import './revisions.css';

interface RevisionWorkspaceProps {
  api: QmsApi;
  opened: OpenedDocument;
  controller: SaveController<SerializedContent> | null;
  fieldValues: FieldContext | null;
  /** The project is read-only, or a change is under way. */
  disabled: boolean;
  /** Starts a new draft revision of the approved document (the change-status call, recorded with who). */
  onStartRevision: () => void;
  /** The draft was discarded: show the document as it is on disk now. */
  onDiscarded: (saved: SavedDocumentView) => void;
  /** Shown beside the editor instead of the revision views while given: a comparison of versions. */
  aside?: ReactNode;
  /** Closes `aside`, when a revision view is asked for. */
  onCloseAside?: () => void;
  /** The editor. */
  children: ReactNode;
}

/**
 * The editor with its revisions around it: the banner or bar above, the revision in
 * force or the comparison beside it, and the confirmation before a draft is discarded.
 */
export function RevisionWorkspace(props: RevisionWorkspaceProps): JSX.Element {
  const { opened, fieldValues } = props;
  const fieldText = useFieldText(fieldValues);
  const revisions = useRevisions({
    api: props.api,
    opened,
    controller: props.controller,
    fieldText,
    onDiscarded: props.onDiscarded,
  });
  const { inForce } = revisions;
  const aside = props.aside ?? null;
  // A comparison of versions takes the side's place; the revision views come back when asked for.
  const panel = aside ? 'none' : revisions.panel;
  const close = () => revisions.togglePanel(panel === 'none' ? 'in-force' : panel);
  const togglePanel = (next: Exclude<typeof panel, 'none'>) => {
    if (aside) {
      props.onCloseAside?.();
      if (revisions.panel === next) return next === 'compare' ? revisions.refreshComparison() : undefined;
    }
    revisions.togglePanel(next);
  };
  return (
    <>
      <RevisionBanner
        meta={opened.meta}
        inForce={inForce}
        panel={panel}
        disabled={props.disabled}
        onStartRevision={props.onStartRevision}
        onTogglePanel={togglePanel}
        onDiscard={revisions.askDiscard}
      />
      <div className="revision-split">
        <div className={panel === 'none' && !aside ? 'revision-split-main' : 'revision-split-main with-side'}>
          {props.children}
        </div>
        {aside}
        {inForce !== null && panel === 'in-force' ? (
          <RevisionInForceView revision={inForce} approved={revisions.approved} error={revisions.error} onClose={close} />
        ) : null}
        {inForce !== null && panel === 'compare' ? (
          <CompareView
            from={`revision ${inForce}`}
            to={`draft ${opened.meta.revision}`}
            comparison={revisions.comparison}
            note={revisions.comparisonNote}
            loading={revisions.loading}
            error={revisions.error}
            onRefresh={revisions.refreshComparison}
            onClose={close}
          />
        ) : null}
      </div>
      {inForce !== null && revisions.discardOpen ? (
        <DiscardRevisionDialog
          meta={opened.meta}
          inForce={inForce}
          error={revisions.discardError}
          busy={revisions.discarding}
          onDiscard={revisions.discard}
          onCancel={revisions.cancelDiscard}
        />
      ) : null}
    </>
  );
}
