import type { SerializedNodeShape } from '../serialized-content';

/** What a compared block is; lists are compared item by item and tables row by row. */
export type CompareBlockKind = 'heading' | 'paragraph' | 'quote' | 'list-item' | 'table-row' | 'other';

export interface CompareBlock {
  kind: CompareBlockKind;
  /**
   * What else makes the block what it is: a heading's level (h1), a list item's list
   * type (bullet, number, check, check-done), another block's node type.
   */
  detail: string;
  /** Nesting level of a list item; 0 otherwise. */
  depth: number;
  /** The block's text; a table row's cells are separated by tabs. */
  text: string;
}

/** Shows a linked field by its path, so both revisions show it the same way whatever its value is now. */
const fieldByPath = (path: string) => `{{${path}}}`;

/**
 * A document as the blocks a reader compares: headings, paragraphs, quotes, each list
 * item and each table row, in reading order. Guidance for the author is left out, as
 * it is from every controlled copy, and so are empty paragraphs. Walks plain JSON: no editor needed.
 */
export function contentBlocks(
  root: { children: readonly SerializedNodeShape[] },
  fieldText: (path: string) => string = fieldByPath,
): CompareBlock[] {
  const blocks: CompareBlock[] = [];
  const inline = (node: SerializedNodeShape): string => inlineText(node, fieldText);
  const walkList = (list: SerializedNodeShape, depth: number) => {
    const listType = String(list.listType ?? 'bullet');
    for (const item of list.children ?? []) {
      const nested = (item.children ?? []).filter((child) => child.type === 'list');
      const own = (item.children ?? []).filter((child) => child.type !== 'list');
      if (own.length > 0 || nested.length === 0) {
        const detail = listType === 'check' ? (item.checked === true ? 'check-done' : 'check') : listType;
        blocks.push({ kind: 'list-item', detail, depth, text: own.map(inline).join('') });
      }
      for (const sub of nested) walkList(sub, depth + 1);
    }
  };
  for (const node of root.children) {
    switch (node.type) {
      case 'guidance':
        break;
      case 'heading':
        blocks.push({ kind: 'heading', detail: String(node.tag ?? 'h1'), depth: 0, text: inline(node) });
        break;
      case 'paragraph':
      case 'quote': {
        const text = inline(node);
        // An empty paragraph is spacing, not content: adding or removing one is no change to report.
        if (node.type === 'quote' || text.trim() !== '') blocks.push({ kind: node.type, detail: '', depth: 0, text });
        break;
      }
      case 'list':
        walkList(node, 0);
        break;
      case 'table':
        for (const row of node.children ?? []) {
          const cells = (row.children ?? []).map((cell) => (cell.children ?? []).map(inline).join(' '));
          blocks.push({ kind: 'table-row', detail: '', depth: 0, text: cells.join('\t') });
        }
        break;
      default:
        // A block this module does not know (a rule, a page break): compared by its type and text.
        blocks.push({ kind: 'other', detail: node.type, depth: 0, text: inline(node) });
    }
  }
  return blocks;
}

function inlineText(node: SerializedNodeShape, fieldText: (path: string) => string): string {
  if (node.type === 'field') return fieldText(String(node.path));
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map((child) => inlineText(child, fieldText)).join('');
}

/** Two blocks are the same when kind, detail, depth and text all are. */
export function blockKey(block: CompareBlock): string {
  return `${block.kind}\u0000${block.detail}\u0000${block.depth}\u0000${block.text}`;
}
