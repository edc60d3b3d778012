import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { syncCaretBeforeKey } from './caret-sync';

/** Keys act where the user last clicked, however busy the page is (see caret-sync.ts). */
export function CaretSyncPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        const listener = () => {
          if (root) syncCaretBeforeKey(editor, root);
        };
        // Capture phase on the root: runs before Lexical's own keydown listener on it.
        root?.addEventListener('keydown', listener, true);
        return () => root?.removeEventListener('keydown', listener, true);
      }),
    [editor],
  );
  return null;
}
