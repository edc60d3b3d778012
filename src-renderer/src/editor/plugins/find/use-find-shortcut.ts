import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { OPEN_FIND_COMMAND } from './find-command';

/**
 * Ctrl/Cmd+F opens this editor's find bar instead of the browser's. With two editors on
 * screen (a draft beside its approved revision) the one holding the focus answers; with
 * the focus in neither, the first one does.
 */
export function useFindShortcut(editor: LexicalEditor): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'f') return;
      const root = editor.getRootElement();
      if (!root) return;
      const target = event.target instanceof Element ? event.target : null;
      // A dialog in front of the document keeps its keys.
      if (target?.closest('[role="dialog"], dialog')) return;
      const focusedEditor = target?.closest('[data-lexical-editor]');
      const mine = focusedEditor ? focusedEditor === root : root.ownerDocument.querySelector('[data-lexical-editor]') === root;
      if (!mine) return;
      event.preventDefault();
      editor.dispatchCommand(OPEN_FIND_COMMAND, undefined);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor]);
}
