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
    const update = () => setValue(editor.getEditorState().read(() => readRef.current()));
    update();
    return editor.registerUpdateListener(({ editorState }) => setValue(editorState.read(() => readRef.current())));
  }, [editor]);
  return value;
}
