import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import type { JSX, KeyboardEvent } from 'react';
import { useHeadingOutline } from './use-heading-outline';
import './outline.css';

interface OutlinePanelProps {
  id: string;
  onClose: () => void;
}

/** The document's headings 1-3, indented by level; choosing one scrolls to it and puts the caret there. */
export function OutlinePanel({ id, onClose }: OutlinePanelProps): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const entries = useHeadingOutline(editor, true);

  const jump = (key: NodeKey) => {
    editor.getElementByKey(key)?.scrollIntoView({ block: 'start' });
    editor.update(() => {
      $getNodeByKey(key)?.selectStart();
    });
    editor.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <nav id={id} className="outline-panel" aria-label="Outline" onKeyDown={onKeyDown}>
      <h2 className="outline-title">Outline</h2>
      {entries.length === 0 ? (
        <p className="outline-empty">No headings yet. Headings 1 to 3 appear here.</p>
      ) : (
        <ul className="outline-list">
          {entries.map((entry) => (
            <li key={entry.key} className={`outline-level-${entry.level}`}>
              <button type="button" title={entry.text} onClick={() => jump(entry.key)}>
                {entry.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
