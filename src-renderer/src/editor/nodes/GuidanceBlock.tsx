import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { $getNodeByKey } from 'lexical';
import { type JSX, useId, useState } from 'react';
import type { GuidanceBlockJson } from '../../../../src-shared/editor/nodes';
import { SerializedBlocks } from '../ui/SerializedBlocks';

/**
 * How a guidance block looks: a tinted panel headed "Guidance for the author", with
 * Hide/Show and Remove. Removing is one undoable step (Ctrl+Z brings it back).
 */
export default function GuidanceBlock({ body, nodeKey }: { body: GuidanceBlockJson[]; nodeKey: string }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const [collapsed, setCollapsed] = useState(false);
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const headingId = useId();
  return (
    <section
      className={`qms-guidance-block${selected ? ' qms-guidance-selected' : ''}`}
      aria-labelledby={headingId}
      data-collapsed={collapsed ? 'true' : undefined}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: clicking the heading selects the block as a unit; the arrow keys do the same through Lexical, and its buttons stay the accessible controls. */}
      <header
        className="qms-guidance-head"
        onClick={() => {
          clearSelection();
          setSelected(true);
        }}
      >
        <span id={headingId} className="qms-guidance-title">
          Guidance for the author
        </span>
        <span className="qms-guidance-note">not printed in controlled copies</span>
        <button type="button" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? 'Show' : 'Hide'}
        </button>
        {editable ? (
          <button
            type="button"
            onClick={() => editor.update(() => $getNodeByKey(nodeKey)?.remove())}
            title="Remove this guidance from the document (Ctrl+Z brings it back)"
          >
            Remove
          </button>
        ) : null}
      </header>
      {collapsed ? null : (
        <div className="qms-guidance-body">
          <SerializedBlocks blocks={body} />
        </div>
      )}
    </section>
  );
}
