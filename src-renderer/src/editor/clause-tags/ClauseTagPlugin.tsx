import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type LexicalCommand,
  type LexicalNode,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { $getClauseTag, $setClauseTag } from './clause-state';
import { $sectionClause, $sectionHead } from './section';

/** How long the cursor rests in a section before the guidance follows it. */
export const SECTION_REPORT_DELAY_MS = 120;

/** Tag the section at the cursor with a clause id, or remove its tag with null. */
export const TAG_SECTION_COMMAND: LexicalCommand<string | null> = createCommand('TAG_SECTION_COMMAND');

interface ClauseTagPluginProps {
  /** Called when the cursor moves into a section with another clause (or none). */
  onSectionClause: (clause: string | null) => void;
}

/**
 * Section tags: the command that sets them, a data-clause attribute on each tagged
 * block so the page can show the tag, and the clause of the section at the cursor.
 */
export function ClauseTagPlugin({ onSectionClause }: ClauseTagPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const report = useRef(onSectionClause);
  report.current = onSectionClause;

  useEffect(() => {
    let last: string | null | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** Mirrors a top-level block's tag onto its DOM element, touching the DOM only on a real change. */
    const showTag = (node: LexicalNode) => {
      const element = editor.getElementByKey(node.getKey());
      if (!element) return;
      // Every attribute write is a DOM mutation, and the browser queues one even when the value stays the same.
      const tag = $getClauseTag(node);
      if (tag && element.dataset.clause !== tag) element.dataset.clause = tag;
      else if (!tag && element.dataset.clause !== undefined) delete element.dataset.clause;
    };
    const reportSection = () => {
      const clause = $sectionClause();
      if (clause !== last) {
        last = clause;
        // The guidance follows a moment later: re-rendering it in the middle of a
        // click and the next keystroke must never compete with the caret.
        clearTimeout(timer);
        timer = setTimeout(() => report.current(clause), SECTION_REPORT_DELAY_MS);
      }
    };
    const showTags = (dirty: ReadonlyMap<string, unknown> | null) => {
      editor.getEditorState().read(() => {
        if (dirty === null) {
          for (const node of $getRoot().getChildren()) showTag(node);
        } else {
          // Only the blocks this update touched: a keystroke in a long document must not walk all of it.
          for (const key of dirty.keys()) {
            const node = $getNodeByKey(key);
            if (node && $isElementNode(node) && node.getParent() === $getRoot()) showTag(node);
          }
        }
        reportSection();
      });
    };
    showTags(null);
    return mergeRegister(
      () => clearTimeout(timer),
      // Loading the document replaces the empty state without marking blocks dirty: then every block counts.
      editor.registerUpdateListener(({ dirtyElements, prevEditorState }) =>
        showTags(prevEditorState.isEmpty() ? null : dirtyElements),
      ),
      editor.registerCommand(
        TAG_SECTION_COMMAND,
        (clause) => {
          editor.update(() => {
            const head = $sectionHead();
            if (head) $setClauseTag(head, clause);
          });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor]);

  return null;
}
