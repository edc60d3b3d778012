import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';

/**
 * A value the toolbar shows, read from the selection after each update. `$read` must
 * only look at the selection and the nodes around it (never walk the document), and
 * return a primitive: React re-renders the control only when the value changes, so a
 * keystroke that leaves bold on re-renders nothing.
 */
export function useSelectionValue<T extends string | number | boolean | null>($read: () => T, initial: T): T {
  const [editor] = useLexicalComposerContext();
  const [value, setValue] = useState<T>(initial);
  const readRef = useRef($read);
  readRef.current = $read;
  useEffect(() => {
    // Compared here rather than left to React, which may render once more before bailing out.
    let last: T | undefined;
    const show = (next: T) => {
      if (Object.is(next, last)) return;
      last = next;
      setValue(next);
    };
    show(editor.getEditorState().read(() => readRef.current()));
    return editor.registerUpdateListener(({ editorState }) => show(editorState.read(() => readRef.current())));
  }, [editor]);
  return value;
}
