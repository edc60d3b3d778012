import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { syncCaretBeforeKey } from './caret-sync';

/**
 * The events Lexical handles from its own idea of the selection: keys it handles at keydown,
 * and the clipboard. A paste straight after a click must land where the click put the caret.
 */
const ACTS_AT_SELECTION = ['keydown', 'paste', 'cut', 'copy'] as const;

/** Keys and clipboard act where the user last clicked, however busy the page is (see caret-sync.ts). */
export function CaretSyncPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return;
        const listener = () => syncCaretBeforeKey(editor, root);
        // Capture phase on the root: runs before Lexical's own listeners on it.
        for (const type of ACTS_AT_SELECTION) root.addEventListener(type, listener, true);
        return () => {
          for (const type of ACTS_AT_SELECTION) root.removeEventListener(type, listener, true);
        };
      }),
    [editor],
  );
  return null;
}
