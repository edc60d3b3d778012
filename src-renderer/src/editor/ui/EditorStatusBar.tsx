import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type JSX, useId, useRef, useState } from 'react';
import { OPEN_FIND_COMMAND } from '../plugins/find/find-command';
import { OutlinePanel } from '../plugins/outline/OutlinePanel';
import { WordCount } from '../plugins/word-count/WordCount';
import './editor-status-bar.css';

/** The strip under the document: the outline, find, and the word count. */
export function EditorStatusBar(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [outlineOpen, setOutlineOpen] = useState(false);
  const outlineButton = useRef<HTMLButtonElement>(null);
  const outlineId = useId();

  return (
    <div className="editor-status-bar">
      <button
        ref={outlineButton}
        type="button"
        aria-expanded={outlineOpen}
        aria-controls={outlineOpen ? outlineId : undefined}
        onClick={() => setOutlineOpen((open) => !open)}
      >
        Outline
      </button>
      <button
        type="button"
        onClick={() => editor.dispatchCommand(OPEN_FIND_COMMAND, undefined)}
        title="Find and replace (Ctrl+F)"
      >
        Find
      </button>
      <span className="editor-status-spacer" />
      <WordCount />
      {outlineOpen ? (
        <OutlinePanel
          id={outlineId}
          onClose={() => {
            setOutlineOpen(false);
            outlineButton.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
