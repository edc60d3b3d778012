import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isTableCellNode, $isTableNode } from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  type BaseSelection,
  COMMAND_PRIORITY_HIGH,
  type LexicalEditor,
  type LexicalNode,
  PASTE_COMMAND,
  PASTE_TAG,
} from 'lexical';
import { useEffect } from 'react';
import { cleanPastedHtml } from './clean-html';
import { $sanitizePastedNodes, $tablesToBlocks } from './sanitize-nodes';

/** Lexical nodes for pasted HTML: cleaned DOM, Lexical's importers, then the node-level clean-up. */
export function $nodesFromPastedHtml(editor: LexicalEditor, html: string): LexicalNode[] {
  return $sanitizePastedNodes($generateNodesFromDOM(editor, cleanPastedHtml(html)));
}

/**
 * What to insert at the selection: inside a table cell, a lone table is merged into the
 * grid by Lexical's table plugin, but tables among other content become their cells' text.
 */
export function $nodesForSelection(nodes: LexicalNode[], selection: BaseSelection): LexicalNode[] {
  const inCell = $isRangeSelection(selection) && $findMatchingParent(selection.anchor.getNode(), $isTableCellNode) !== null;
  const loneTable = nodes.length === 1 && $isTableNode(nodes[0]);
  return inCell && !loneTable ? $tablesToBlocks(nodes) : nodes;
}

/** The HTML of a paste this plugin should take over, or null to leave it to rich text. */
export function pastedHtml(event: Event): string | null {
  const data = 'clipboardData' in event ? (event as ClipboardEvent).clipboardData : null;
  if (!data) return null;
  // A copy from a Lexical editor carries its own nodes; Lexical's rich text reads those itself.
  if (data.getData('application/x-lexical-editor')) return null;
  const html = data.getData('text/html');
  return html.trim() === '' ? null : html;
}

/**
 * Paste from Word and web pages: the HTML is cleaned before Lexical imports it, so only
 * supported content lands. Plain text and copies inside the editor take Lexical's own path.
 */
export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const html = pastedHtml(event);
          if (html === null || !editor.isEditable()) return false;
          event.preventDefault();
          editor.update(
            () => {
              const selection = $getSelection();
              if (!selection) return;
              const nodes = $nodesForSelection($nodesFromPastedHtml(editor, html), selection);
              $insertGeneratedNodes(editor, nodes, selection);
            },
            // Its own undo step, as Lexical gives its own pastes.
            { tag: PASTE_TAG },
          );
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
