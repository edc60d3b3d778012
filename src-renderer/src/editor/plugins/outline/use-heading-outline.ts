import { HeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, type LexicalEditor, type NodeKey, TextNode } from 'lexical';
import { useEffect, useState } from 'react';
import { $outlineEntries, type OutlineEntry } from './heading-outline';

const OUTLINE_DELAY_MS = 250;

/**
 * The headings of the document, kept current while `active`: mutation listeners say which
 * headings appeared, changed or went, and which text changed inside a heading; the outline
 * is then read from those headings only, a moment after the last change.
 */
export function useHeadingOutline(editor: LexicalEditor, active: boolean): OutlineEntry[] {
  const [entries, setEntries] = useState<OutlineEntry[]>([]);
  useEffect(() => {
    if (!active) return;
    const keys = new Set<NodeKey>();
    let timer: number | undefined;
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setEntries(editor.getEditorState().read(() => $outlineEntries(keys))), OUTLINE_DELAY_MS);
    };
    const stop = mergeRegister(
      editor.registerMutationListener(HeadingNode, (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') keys.delete(key);
          else keys.add(key);
        }
        schedule();
      }),
      // Typing in a heading changes its text nodes, not the heading node itself.
      editor.registerMutationListener(
        TextNode,
        (mutations) => {
          const inHeading = editor.getEditorState().read(() =>
            [...mutations].some(([key, mutation]) => {
              const parent = mutation === 'destroyed' ? null : $getNodeByKey(key)?.getParent();
              return mutation === 'destroyed' || (parent ? keys.has(parent.getKey()) : false);
            }),
          );
          if (inHeading) schedule();
        },
        { skipInitialization: true },
      ),
    );
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, [editor, active]);
  return entries;
}
