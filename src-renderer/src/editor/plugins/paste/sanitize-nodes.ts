import { $isLinkNode } from '@lexical/link';
import { $isListItemNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isTableCellNode, $isTableNode, $isTableRowNode } from '@lexical/table';
import {
  $isElementNode,
  $isTextNode,
  type ElementNode,
  IS_BOLD,
  IS_ITALIC,
  IS_STRIKETHROUGH,
  IS_UNDERLINE,
  type LexicalNode,
} from 'lexical';
import { isAllowedLinkUrl } from '../../../../../src-shared/security/link-url';

/** The four text formats a controlled document uses; code, highlight, sub/superscript and case go. */
const KEPT_FORMATS = IS_BOLD | IS_ITALIC | IS_UNDERLINE | IS_STRIKETHROUGH;

/** The node types a paste may bring; anything else is unwrapped (elements) or dropped. */
const PASTEABLE_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'table',
  'tablerow',
  'tablecell',
  'link',
  'text',
  'linebreak',
  'tab',
]);

/**
 * The last line of defence after Lexical's HTML import: whatever the cleaned HTML still
 * implied, pasted nodes carry no inline style, no alignment or indent, no cell colours or
 * widths, only the supported text formats and links, no heading below h3, no table inside
 * a table. Returns the top-level nodes to insert (an unwrapped top-level node gives way to
 * its children).
 */
export function $sanitizePastedNodes(nodes: readonly LexicalNode[]): LexicalNode[] {
  const result: LexicalNode[] = [];
  for (const node of nodes) {
    if (!PASTEABLE_TYPES.has(node.getType()) || ($isLinkNode(node) && !isAllowedLinkUrl(node.getURL()))) {
      if ($isElementNode(node)) result.push(...$sanitizePastedNodes(node.getChildren()));
      continue;
    }
    $sanitizeNode(node, false);
    result.push(node);
  }
  return result;
}

function $sanitizeNode(node: LexicalNode, inTable: boolean): void {
  if ($isTextNode(node)) {
    if (node.getStyle() !== '') node.setStyle('');
    if ((node.getFormat() & ~KEPT_FORMATS) !== 0) node.setFormat(node.getFormat() & KEPT_FORMATS);
    return;
  }
  if (!$isElementNode(node)) return;
  $sanitizeElement(node);
  const insideTable = inTable || $isTableNode(node);
  let child = node.getFirstChild();
  while (child) {
    const next = child.getNextSibling();
    const unwanted = !PASTEABLE_TYPES.has(child.getType()) || ($isLinkNode(child) && !isAllowedLinkUrl(child.getURL()));
    // A cell holds no table: an inner table's cells become blocks of the outer cell.
    const innerTable = inTable && $isTableNode(child) ? child : null;
    if (unwanted || innerTable) {
      const moved = innerTable ? $flattenTable(innerTable) : $unwrapOrRemove(child);
      // What moved up takes the removed node's place and is checked in turn.
      child = moved ?? next;
      continue;
    }
    $sanitizeNode(child, insideTable);
    child = next;
  }
}

function $sanitizeElement(node: ElementNode): void {
  if (node.getFormatType() !== '') node.setFormat('');
  if (node.getStyle() !== '') node.setStyle('');
  if (node.getTextStyle() !== '') node.setTextStyle('');
  if (node.getTextFormat() !== 0) node.setTextFormat(0);
  // A list item's indent is its nesting; every other block starts at the margin.
  if (!$isListItemNode(node) && node.getIndent() !== 0) node.setIndent(0);
  if ($isHeadingNode(node) && !['h1', 'h2', 'h3'].includes(node.getTag())) node.setTag('h3');
  if ($isLinkNode(node)) {
    node.setTarget(null);
    node.setRel(null);
    node.setTitle(null);
  }
  if ($isTableCellNode(node)) {
    if (node.getBackgroundColor() !== null) node.setBackgroundColor(null);
    if (node.getWidth() !== undefined) node.setWidth(undefined);
    if (node.getVerticalAlign() !== undefined) node.setVerticalAlign(undefined);
  }
  if ($isTableRowNode(node) && node.getHeight() !== undefined) node.setHeight(undefined);
  if ($isTableNode(node) && node.getColWidths() !== undefined) node.setColWidths(undefined);
}

/** Replaces a node by its children; gives back the first of them, if any. */
function $unwrapOrRemove(node: LexicalNode): LexicalNode | null {
  const children = $isElementNode(node) ? node.getChildren() : [];
  for (const child of children) node.insertBefore(child);
  node.remove();
  return children[0] ?? null;
}

/** The blocks of a table's cells, row by row. */
function $cellBlocks(table: ElementNode): LexicalNode[] {
  return table
    .getChildren()
    .flatMap((row) => ($isElementNode(row) ? row.getChildren() : []))
    .flatMap((cell) => ($isElementNode(cell) ? cell.getChildren() : []));
}

/** Replaces a table by the blocks of its cells; gives back the first of them, if any. */
function $flattenTable(table: ElementNode): LexicalNode | null {
  const blocks = $cellBlocks(table);
  for (const block of blocks) table.insertBefore(block);
  table.remove();
  return blocks[0] ?? null;
}

/**
 * Pasted top-level nodes for a caret inside a table cell, where a table cannot go (Lexical's
 * table plugin would refuse the whole paste): each table gives way to its cells' blocks.
 */
export function $tablesToBlocks(nodes: readonly LexicalNode[]): LexicalNode[] {
  return nodes.flatMap((node) => ($isTableNode(node) ? $cellBlocks(node) : [node]));
}
