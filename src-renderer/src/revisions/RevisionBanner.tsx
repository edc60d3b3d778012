import type { JSX } from 'react';
import { contentEditRefusal } from '../../../src-shared/control/status-rules';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import type { RevisionPanel } from './use-revisions';

interface RevisionBannerProps {
  meta: DocumentMeta;
  /** The approved revision in force beside this draft (src-shared/control/revision-discard), or null. */
  inForce: string | null;
  panel: RevisionPanel;
  /** The project is read-only or a change is under way. */
  disabled: boolean;
  onStartRevision: () => void;
  onTogglePanel: (panel: Exclude<RevisionPanel, 'none'>) => void;
  onDiscard: () => void;
}

/**
 * Above the editor: on an approved document, why it is read-only and the one way to
 * change it; on a draft of a later revision, the revision in force and what can be done
 * with it beside the draft. Nothing for a first draft, a document in review or an obsolete one.
 */
export function RevisionBanner(props: RevisionBannerProps): JSX.Element | null {
  const { meta, inForce, panel } = props;
  if (meta.status === 'approved') {
    return (
      <div className="banner revision-banner" role="status">
        <p>{contentEditRefusal(meta)}</p>
        <div className="banner-actions">
          <button type="button" disabled={props.disabled} onClick={props.onStartRevision}>
            Start new revision
          </button>
        </div>
      </div>
    );
  }
  if (inForce === null) return null;
  return (
    <div className="revision-bar">
      <p>
        Draft revision {meta.revision}. Revision {inForce} stays in force until this one is approved.
      </p>
      <fieldset className="revision-bar-actions" aria-label="Revision in force">
        <button type="button" aria-pressed={panel === 'in-force'} onClick={() => props.onTogglePanel('in-force')}>
          Show revision {inForce}
        </button>
        <button type="button" aria-pressed={panel === 'compare'} onClick={() => props.onTogglePanel('compare')}>
          Compare with revision {inForce}
        </button>
        <button type="button" disabled={props.disabled} onClick={props.onDiscard}>
          Discard draft revision…
        </button>
      </fieldset>
    </div>
  );
}
