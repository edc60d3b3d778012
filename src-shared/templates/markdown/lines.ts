import type { FootnoteDefinition, List, ListItem, PhrasingContent, RootContent, Table } from 'mdast';
import { type InlineJson, textNode } from '../../editor/nodes';
import { isGuidanceBlock } from './guidance';
import { convertInline, isHtmlComment } from './inline';
import { mergeText } from './merge-text';

/**
 * Block content where Lexical holds only inline content (a quote, a list item): one
 * array of inline nodes per line, to be joined with line breaks. A list inside a quote
 * becomes lines starting "• " or "1. ", a table its rows with cells joined by " | ".
 */
export function blockLines(node: RootContent): InlineJson[][] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [convertInline(node.children)];
    case 'blockquote':
      if (isGuidanceBlock(node)) {
        throw new Error('a guidance block must stand on its own line, not inside a list or a quote');
      }
      return node.children.flatMap(blockLines);
    case 'list':
      return listLines(node);
    case 'code':
      return textLines(node.value);
    case 'html':
      return isHtmlComment(node.value) ? [] : textLines(node.value);
    case 'table':
      return tableLines(node);
    case 'thematicBreak':
    case 'definition':
      return [];
    case 'footnoteDefinition':
      return footnoteLines(node);
    case 'listItem':
      return node.children.flatMap(blockLines);
    default: {
      const line = convertInline([node as PhrasingContent]);
      return line.length === 0 ? [] : [line];
    }
  }
}

/** Literal text kept line by line (code, raw HTML). */
export function textLines(value: string): InlineJson[][] {
  return value.split(/\r?\n/).map((line) => convertInline([{ type: 'text', value: line }]));
}

export function taskMarker(item: ListItem): string {
  if (item.checked === true) return '☒ ';
  if (item.checked === false) return '☐ ';
  return '';
}

function listLines(list: List): InlineJson[][] {
  let number = list.start ?? 1;
  return list.children.flatMap((item) => {
    const marker = list.ordered ? `${number++}. ` : item.checked === null || item.checked === undefined ? '• ' : '';
    const lines = item.children.flatMap(blockLines);
    lines[0] = mergeText([textNode(marker + taskMarker(item)), ...(lines[0] ?? [])]);
    return lines;
  });
}

function tableLines(table: Table): InlineJson[][] {
  return table.children.map((row) => {
    const out: InlineJson[] = [];
    row.children.forEach((cell, index) => {
      if (index > 0) out.push(textNode(' | '));
      out.push(...convertInline(cell.children));
    });
    return mergeText(out);
  });
}

export function footnoteLines(node: FootnoteDefinition): InlineJson[][] {
  const lines = node.children.flatMap(blockLines);
  lines[0] = mergeText([textNode(`[^${node.label ?? node.identifier}]: `), ...(lines[0] ?? [])]);
  return lines;
}
