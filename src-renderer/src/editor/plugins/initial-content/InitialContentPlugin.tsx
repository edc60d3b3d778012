import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';
import type { SerializedContent } from '../../../../../src-shared/editor/serialized-content';

/**
 * Loads the document into the editor once its plugins are registered, rather than through
 * the composer's initial state. A plugin that registers a node transform (lists, tables,
 * links) marks every existing node of that type dirty and runs an update over them; with
 * the content already there, that cost a full pass per plugin when a long manual opened.
 * Mount it after the other plugins: effects run in order. The load is not an undo step
 * and not a change to save (HISTORY_MERGE_TAG, which the change listener ignores).
 */
export function InitialContentPlugin({ content }: { content: SerializedContent }): null {
  const [editor] = useLexicalComposerContext();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the content is loaded once; a document loaded again from disk gets a new editor.
  useEffect(() => {
    editor.setEditorState(editor.parseEditorState(content as Parameters<typeof editor.parseEditorState>[0]), {
      tag: HISTORY_MERGE_TAG,
    });
  }, [editor]);
  return null;
}
