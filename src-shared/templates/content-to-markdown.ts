import { clauseTagOf } from '../editor/clause-tags';
import type { FieldJson, InlineJson, LinkJson, ListJson, TableJson } from '../editor/nodes';
import { hasFormat, TEXT_FORMAT } from '../editor/nodes';
import type { SerializedContent, SerializedNodeShape } from '../editor/serialized-content';
import { GUIDANCE_LEAD } from './markdown/guidance';

/**
 * A document's content as template Markdown (docs/templates.md): the reverse of the
 * template compiler, for "save as template". Fields go back to {{path}} placeholders
 * guidance blocks to "> **Guidance:**" quotes and section tags on headings to
 * "{§7.5.3}", so compiling the result gives the same content. Markdown has no
 * underline: underlined text keeps its words only; a tag on a block that is not a
 * heading is not kept. A horizontal rule is "***" (never "---", which under a line of
 * text makes it a heading); Markdown has no page break, so a page break is left out.
 */
export function contentToMarkdown(content: SerializedContent): { body: string; fields: string[] } {
  const fields = new Set<string>();
  const blocks = content.root.children.map((node) => block(node, fields)).filter((text) => text !== '');
  return { body: `${blocks.join('\n\n')}\n`, fields: [...fields] };
}

function block(node: SerializedNodeShape, fields: Set<string>): string {
  switch (node.type) {
    case 'heading': {
      const level = Number(String(node.tag).slice(1)) || 1;
      const clause = clauseTagOf(node);
      return `${'#'.repeat(level)} ${inline(node.children ?? [], fields, false)}${clause ? ` {§${clause}}` : ''}`;
    }
    case 'paragraph':
      return inline(node.children ?? [], fields, true);
    case 'quote':
      return prefixLines(inline(node.children ?? [], fields, true), '> ');
    case 'list':
      return list(node as unknown as ListJson, fields, '');
    case 'table':
      return table(node as unknown as TableJson, fields);
    case 'guidance': {
      const body = (node.body as SerializedNodeShape[]).map((child) => block(child, fields)).filter(Boolean);
      const [first = '', ...rest] = body;
      const lead = `**${GUIDANCE_LEAD}** ${first}`.trimEnd();
      return prefixLines([lead, ...rest].join('\n\n'), '> ');
    }
    case 'horizontalrule':
      return '***';
    default:
      return '';
  }
}

function prefixLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? prefix.trimEnd() : prefix + line))
    .join('\n');
}

function list(node: ListJson, fields: Set<string>, indent: string): string {
  const lines: string[] = [];
  let number = node.start ?? 1;
  for (const item of node.children) {
    const nested = item.children.find((child): child is ListJson => child.type === 'list');
    if (nested && item.children.length === 1) {
      const inner = indent + (node.listType === 'number' ? '   ' : '  ');
      lines.push(list(nested, fields, inner));
      continue;
    }
    const marker =
      node.listType === 'number' ? `${number++}. ` : node.listType === 'check' ? `- [${item.checked ? 'x' : ' '}] ` : '- ';
    const text = inline(item.children as unknown as SerializedNodeShape[], fields, true);
    const continuation = indent + ' '.repeat(node.listType === 'number' ? marker.length : 2);
    lines.push(indent + marker + text.split('\n').join(`\n${continuation}`));
  }
  return lines.join('\n');
}

function table(node: TableJson, fields: Set<string>): string {
  const rows = node.children.map((row) =>
    row.children.map((cell) =>
      cell.children
        .map((child) => block(child as unknown as SerializedNodeShape, fields))
        .join(' ')
        .replace(/\n/g, ' ')
        .replace(/(?<!\\)\|/g, '\\|'),
    ),
  );
  const width = Math.max(1, ...rows.map((row) => row.length));
  const pad = (row: string[]) => [...row, ...Array(width - row.length).fill('')];
  const [head = [], ...body] = rows;
  const line = (cells: string[]) => `| ${pad(cells).join(' | ')} |`;
  return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

const MARKERS: Array<[number, string]> = [
  [TEXT_FORMAT.bold, '**'],
  [TEXT_FORMAT.italic, '*'],
  [TEXT_FORMAT.strikethrough, '~~'],
];

/** One piece of inline Markdown with the format it carries; `text` is already Markdown. */
interface Piece {
  text: string;
  format: number;
}

function pieces(nodes: readonly SerializedNodeShape[], fields: Set<string>, hardBreaks: boolean): Piece[] {
  const out: Piece[] = [];
  for (const node of nodes) {
    const item = node as unknown as InlineJson;
    switch (item.type) {
      case 'text':
        out.push({ text: escapeText(item.text), format: markdownFormat(item.format) });
        break;
      case 'tab':
        out.push({ text: ' ', format: 0 });
        break;
      case 'linebreak':
        out.push({ text: hardBreaks ? '\\\n' : ' ', format: 0 });
        break;
      case 'field':
        fields.add(item.path);
        out.push({ text: `{{${item.path}}}`, format: markdownFormat((item as FieldJson).format ?? 0) });
        break;
      case 'link': {
        const text = inline(item.children as unknown as SerializedNodeShape[], fields, false);
        const url = (item as LinkJson).url.replace(/[()\s]/g, (c) => encodeURIComponent(c));
        out.push({ text: `[${text}](${url})`, format: 0 });
        break;
      }
    }
  }
  return out;
}

/**
 * Inline content with its emphasis. Markers open and close as the format changes; the
 * spaces at the edge of a run stay inside it only while the next piece keeps the format,
 * because Markdown ignores "** bold**" and "bold **".
 */
function inline(nodes: readonly SerializedNodeShape[], fields: Set<string>, hardBreaks: boolean): string {
  const list = pieces(nodes, fields, hardBreaks);
  let out = '';
  const open: number[] = [];
  const setFormat = (format: number) => {
    // Close, innermost first, the markers that end here; then open the new ones.
    while (open.length > 0 && open.some((bit) => (format & bit) === 0)) out += markerOf(open.pop() as number);
    for (const [bit, marker] of MARKERS) {
      if ((format & bit) !== 0 && !open.includes(bit)) {
        open.push(bit);
        out += marker;
      }
    }
  };
  list.forEach((piece, index) => {
    const before = list[index - 1]?.format ?? 0;
    const after = list[index + 1]?.format ?? 0;
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(piece.text) ?? [];
    if (core === '') {
      setFormat(piece.format & before & after);
      out += piece.text;
      return;
    }
    if (lead) {
      setFormat(piece.format & before);
      out += lead;
    }
    setFormat(piece.format);
    out += core;
    if (trail) {
      setFormat(piece.format & after);
      out += trail;
    }
  });
  setFormat(0);
  return out;
}

function markerOf(bit: number): string {
  return MARKERS.find(([b]) => b === bit)?.[1] ?? '';
}

function markdownFormat(format: number): number {
  return (
    (hasFormat(format, 'bold') ? TEXT_FORMAT.bold : 0) |
    (hasFormat(format, 'italic') ? TEXT_FORMAT.italic : 0) |
    (hasFormat(format, 'strikethrough') ? TEXT_FORMAT.strikethrough : 0)
  );
}

/**
 * Characters Markdown would read as syntax become literal: emphasis and code marks,
 * braces (a "{{" typed by the user is not a placeholder), angle brackets (HTML), and
 * line starts that would make a heading, quote or list.
 */
function escapeText(text: string): string {
  return text
    .replace(/[\\`*_{}<>~|]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
