import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { type JSX, type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { OPEN_FIND_COMMAND } from './find-command';
import { $findMatches, $firstMatchFromCaret, $replaceAll, $replaceMatch, $selectMatch, type TextMatch } from './find-matches';
import { canHighlight, clearMatches, paintMatches, scrollToMatch } from './highlight-matches';
import { useFindShortcut } from './use-find-shortcut';
import './find.css';

/** The search waits for a pause in typing (in the bar or in the document) before it runs again. */
const SEARCH_DELAY_MS = 150;

/**
 * Find and replace above the document text. Closed, it costs nothing: no listener, no
 * search. Open, it searches again a moment after the query or the document changes.
 */
export function FindBar(): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [matches, setMatches] = useState<TextMatch[]>([]);
  const [current, setCurrent] = useState(0);
  const [editable, setEditable] = useState(() => editor.isEditable());
  const findInput = useRef<HTMLInputElement>(null);
  const ids = useId();

  useFindShortcut(editor);

  useEffect(
    () =>
      mergeRegister(
        editor.registerEditableListener(setEditable),
        editor.registerCommand(
          OPEN_FIND_COMMAND,
          () => {
            // A short selection in one line is what the user wants to find.
            const selected = editor.getEditorState().read(() => {
              const selection = $getSelection();
              return $isRangeSelection(selection) ? selection.getTextContent() : '';
            });
            if (selected && selected.length <= 100 && !selected.includes('\n')) setQuery(selected);
            setOpen(true);
            requestAnimationFrame(() => findInput.current?.select());
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );

  const search = useCallback(
    () => editor.getEditorState().read(() => $findMatches(query, { matchCase })),
    [editor, query, matchCase],
  );

  // Search again after the query, the options or the document change; only while open.
  useEffect(() => {
    if (!open) return;
    // A new query starts from the caret, as in a word processor.
    let timer = window.setTimeout(() => {
      const found = search();
      setMatches(found);
      setCurrent(editor.getEditorState().read(() => $firstMatchFromCaret(found)));
    }, SEARCH_DELAY_MS);
    const stopListening = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setMatches(search()), SEARCH_DELAY_MS);
    });
    return () => {
      window.clearTimeout(timer);
      stopListening();
    };
  }, [editor, open, search]);

  const index = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);

  useEffect(() => {
    if (!open) return;
    paintMatches(editor, matches, index);
    return clearMatches;
  }, [editor, open, matches, index]);

  const goTo = (next: number) => {
    if (matches.length === 0) return;
    const wrapped = (next + matches.length) % matches.length;
    setCurrent(wrapped);
    const match = matches[wrapped];
    scrollToMatch(editor, match);
    // Without highlights the selection is the only mark; with them, the caret moves quietly.
    if (match) editor.update(() => void $selectMatch(match), canHighlight() ? { tag: SKIP_DOM_SELECTION_TAG } : {});
  };

  const close = () => {
    const match = index >= 0 ? matches[index] : undefined;
    setOpen(false);
    clearMatches();
    if (match) editor.update(() => void $selectMatch(match));
    editor.focus();
  };

  /** Runs a change now and searches again at once, so the count is right before the next click. */
  const change = (apply: () => void, tag?: string) => {
    // The caret moves in the document, but the focus stays in the bar.
    editor.update(apply, { discrete: true, tag: tag ? [tag, SKIP_DOM_SELECTION_TAG] : SKIP_DOM_SELECTION_TAG });
    setMatches(search());
  };

  const replace = () => {
    const match = index >= 0 ? matches[index] : undefined;
    if (!match || !editable) return;
    change(() => void $replaceMatch(match, replacement));
  };

  const replaceAll = () => {
    if (matches.length === 0 || !editable) return;
    // One step in the undo history for the whole replacement.
    change(() => void $replaceAll(matches, replacement), HISTORY_PUSH_TAG);
  };

  const onFindKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    goTo(event.shiftKey ? index - 1 : index + 1);
  };

  const onReplaceKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    replace();
  };

  // Escape anywhere in the bar (an input, a button, the check box) closes it.
  const onBarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  if (!open) return null;
  const count = query === '' ? '' : matches.length === 0 ? 'No matches' : `${index + 1} of ${matches.length}`;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a search landmark with its own name; <search> is not yet known to every screen reader.
    <div className="find-bar" role="search" aria-label="Find and replace in the document" onKeyDown={onBarKeyDown}>
      <div className="find-row">
        <label htmlFor={`${ids}-find`}>Find</label>
        <input
          id={`${ids}-find`}
          ref={findInput}
          type="search"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setCurrent(0);
          }}
          onKeyDown={onFindKeyDown}
          aria-describedby={`${ids}-count`}
          autoComplete="off"
          spellCheck={false}
        />
        <span id={`${ids}-count`} className="find-count" role="status" data-testid="find-count">
          {count}
        </span>
        <button
          type="button"
          onClick={() => goTo(index - 1)}
          disabled={matches.length === 0}
          title="Previous match (Shift+Enter)"
        >
          Previous
        </button>
        <button type="button" onClick={() => goTo(index + 1)} disabled={matches.length === 0} title="Next match (Enter)">
          Next
        </button>
        <label className="find-option">
          <input type="checkbox" checked={matchCase} onChange={(event) => setMatchCase(event.target.checked)} />
          Match case
        </label>
      </div>
      <div className="find-row">
        <label htmlFor={`${ids}-replace`}>Replace with</label>
        <input
          id={`${ids}-replace`}
          type="text"
          value={replacement}
          onChange={(event) => setReplacement(event.target.value)}
          onKeyDown={onReplaceKeyDown}
          disabled={!editable}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="button" onClick={replace} disabled={!editable || matches.length === 0}>
          Replace
        </button>
        <button type="button" onClick={replaceAll} disabled={!editable || matches.length === 0}>
          Replace all
        </button>
        {editable ? null : <span className="find-note">This document is read-only: find only.</span>}
        <button type="button" className="find-close" onClick={close} title="Close (Escape)">
          Close
        </button>
      </div>
    </div>
  );
}
