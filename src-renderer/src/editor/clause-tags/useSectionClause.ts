import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getNodeByKey, $getSelection, $isRangeSelection, type EditorState } from 'lexical';
import { useEffect, useState } from 'react';
import { $sectionClause } from './section';

/** The key of the top-level block at the cursor, or null. */
function $cursorBlockKey(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  return anchor.getKey() === 'root' ? 'root' : (anchor.getTopLevelElement()?.getKey() ?? null);
}

/**
 * The clause of the section at the cursor, for the toolbar. Finding it walks back to the
 * section's heading, so it is worked out again only when the answer can change: the
 * cursor moved to another block, blocks were added, removed or replaced, or a heading
 * or the cursor's block itself changed (a tag). Typing inside a paragraph costs one look
 * at the selection.
 */
export function useSectionClause(): string | null {
  const [editor] = useLexicalComposerContext();
  const [clause, setClause] = useState<string | null>(null);
  useEffect(() => {
    let block: string | null | undefined;
    const compute = (state: EditorState) =>
      state.read(() => {
        block = $cursorBlockKey();
        setClause($sectionClause());
      });
    compute(editor.getEditorState());
    return editor.registerUpdateListener(({ editorState, dirtyElements }) => {
      const moved = editorState.read($cursorBlockKey) !== block;
      const structural =
        !moved &&
        editorState.read(() => {
          // Only nodes changed in themselves (true); their ancestors are listed as false.
          for (const [key, intentional] of dirtyElements) {
            if (intentional && (key === 'root' || key === block || $isHeadingNode($getNodeByKey(key)))) return true;
          }
          return false;
        });
      if (moved || structural) compute(editorState);
    });
  }, [editor]);
  return clause;
}
