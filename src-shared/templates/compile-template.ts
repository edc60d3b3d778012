import type {
  Blockquote,
  List,
  ListItem,
  FootnoteDefinition as MdFootnoteDefinition,
  Nodes,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  type BlockJson,
  element,
  heading,
  type InlineJson,
  IS_BOLD,
  IS_ITALIC,
  type ListItemJson,
  type ListJson,
  lineBreak,
  paragraph,
  textNode,
} from '../editor/lexical-json';
import type { SerializedContent } from '../editor/serialized-content';
import type { TemplateFrontMatter } from './template-schema';
import { checkFields, lookUp, PLACEHOLDER, parseTemplateSource } from './template-source';

/**
 * Templates are Markdown with YAML front matter. This compiles one to Lexical's
 * serialized JSON (as Lexical 0.52 writes it) without an editor, so it runs in the
 * main process, the renderer and the Word builder alike.
 *
 * Node set: root, paragraph, heading (h1-h3), quote, list, listitem, text (format
 * bits 1 bold, 2 italic) and linebreak. Everything else is turned into those, never
 * silently dropped:
 * - a table becomes one paragraph per row, cells joined by " | " (until the editor has tables);
 * - a link becomes its text, an image its alt text (or "[image]"), inline code and code
 *   blocks plain text (a code block keeps its lines as line breaks);
 * - strikethrough keeps its text without the strike; a task-list item gets "[ ] " or "[x] ";
 * - raw HTML is kept as literal text, except HTML comments, which are notes to the
 *   template's maintainer, not content;
 * - a footnote reference becomes "[^label]" and its definition a paragraph "[^label]: ...";
 * - a thematic break (`***`) becomes an empty paragraph (inside a quote or list item, nothing);
 * - a heading deeper than `###` becomes h3;
 * - inside a quote or list item (which hold only inline content in Lexical) nested
 *   blocks become lines separated by line breaks, and a list inside a quote becomes
 *   lines starting "• " or "1. ";
 * - link reference definitions (`[x]: https://...`) carry no text and are left out.
 */

export interface CompiledTemplate {
  frontMatter: TemplateFrontMatter;
  content: SerializedContent;
}

// ---------------------------------------------------------------------------
// mdast → Lexical JSON

class Converter {
  constructor(private readonly context: Record<string, unknown>) {}

  /** Literal template text: soft line breaks and tabs become spaces; placeholders are filled in. */
  private text(value: string, format: number, out: InlineJson[]): void {
    let last = 0;
    for (const match of value.matchAll(PLACEHOLDER)) {
      this.literal(value.slice(last, match.index), format, out);
      const path = match[1] ?? '';
      // A later issue replaces this with a field node that stays linked to the project profile.
      const resolved = lookUp(this.context, path);
      if (resolved === undefined) out.push(textNode(`[${path}]`, format));
      else {
        // A multi-line value (an address) keeps its lines.
        resolved.split(/\r?\n/).forEach((line, index) => {
          if (index > 0) out.push(lineBreak());
          this.literal(line, format, out);
        });
      }
      last = match.index + match[0].length;
    }
    this.literal(value.slice(last), format, out);
  }

  private literal(value: string, format: number, out: InlineJson[]): void {
    const text = value.replace(/[ \t]*\r?\n[ \t]*/g, ' ').replace(/\t/g, ' ');
    if (text !== '') out.push(textNode(text, format));
  }

  private phrasing(nodes: PhrasingContent[], format: number, out: InlineJson[]): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          this.text(node.value, format, out);
          break;
        case 'strong':
          this.phrasing(node.children, format | IS_BOLD, out);
          break;
        case 'emphasis':
          this.phrasing(node.children, format | IS_ITALIC, out);
          break;
        case 'delete':
        case 'link':
        case 'linkReference':
          this.phrasing(node.children, format, out);
          break;
        case 'inlineCode':
          this.text(node.value, format, out);
          break;
        case 'break':
          out.push(lineBreak());
          break;
        case 'image':
        case 'imageReference':
          this.text(node.alt?.trim() ? node.alt : '[image]', format, out);
          break;
        case 'html':
          if (!isHtmlComment(node.value)) this.text(node.value, format, out);
          break;
        case 'footnoteReference':
          out.push(textNode(`[^${node.label ?? node.identifier}]`, format));
          break;
        default:
          this.unknown(node, format, out);
      }
    }
  }

  /** A node type this converter does not know (from a future plugin): keep whatever text it has. */
  private unknown(node: { type: string }, format: number, out: InlineJson[]): void {
    const { children, value } = node as { children?: unknown; value?: unknown };
    if (Array.isArray(children)) this.phrasing(children as PhrasingContent[], format, out);
    else if (typeof value === 'string') this.text(value, format, out);
  }

  private inline(nodes: PhrasingContent[]): InlineJson[] {
    const out: InlineJson[] = [];
    this.phrasing(nodes, 0, out);
    return mergeText(out);
  }

  /** Literal text kept line by line (code, raw HTML). */
  private textLines(value: string): InlineJson[][] {
    return value.split(/\r?\n/).map((line) => this.inline([{ type: 'text', value: line }]));
  }

  private tableRows(table: Table): InlineJson[][] {
    return table.children.map((row) => {
      const out: InlineJson[] = [];
      row.children.forEach((cell, index) => {
        if (index > 0) out.push(textNode(' | ', 0));
        this.phrasing(cell.children, 0, out);
      });
      return mergeText(out);
    });
  }

  /** Block content where Lexical allows only inline content (quote, list item): one array per line. */
  private lines(node: RootContent): InlineJson[][] {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return [this.inline(node.children)];
      case 'blockquote':
        return isGuidance(node) ? [] : node.children.flatMap((child) => this.lines(child));
      case 'list':
        return this.listLines(node);
      case 'code':
        return this.textLines(node.value);
      case 'html':
        return isHtmlComment(node.value) ? [] : this.textLines(node.value);
      case 'table':
        return this.tableRows(node);
      case 'thematicBreak':
      case 'definition':
        return [];
      case 'footnoteDefinition':
        return this.footnoteLines(node);
      case 'listItem':
        return node.children.flatMap((child) => this.lines(child));
      default: {
        const out: InlineJson[] = [];
        this.phrasing([node as PhrasingContent], 0, out);
        return out.length === 0 ? [] : [mergeText(out)];
      }
    }
  }

  private listLines(list: List): InlineJson[][] {
    let number = list.start ?? 1;
    return list.children.flatMap((item) => {
      const marker = list.ordered ? `${number++}. ` : '• ';
      const lines = item.children.flatMap((child) => this.lines(child));
      const first = lines[0] ?? [];
      lines[0] = mergeText([textNode(marker + taskMarker(item), 0), ...first]);
      return lines;
    });
  }

  private footnoteLines(node: MdFootnoteDefinition): InlineJson[][] {
    const lines = node.children.flatMap((child) => this.lines(child));
    lines[0] = mergeText([textNode(`[^${node.label ?? node.identifier}]: `, 0), ...(lines[0] ?? [])]);
    return lines;
  }

  private joinLines(lines: InlineJson[][]): InlineJson[] {
    const out: InlineJson[] = [];
    lines.forEach((line, index) => {
      if (index > 0) out.push(lineBreak());
      out.push(...line);
    });
    return mergeText(out);
  }

  blocks(nodes: RootContent[]): BlockJson[] {
    return nodes.flatMap((node) => this.block(node));
  }

  private block(node: RootContent): BlockJson[] {
    switch (node.type) {
      case 'paragraph': {
        const children = this.inline(node.children);
        return children.length === 0 ? [] : [paragraph(children)];
      }
      case 'heading': {
        const tag = node.depth === 1 ? 'h1' : node.depth === 2 ? 'h2' : 'h3';
        return [heading(tag, this.inline(node.children))];
      }
      case 'blockquote': {
        // Guidance for the author is left out for now; a later issue turns it into a
        // guidance node that the editor shows and controlled copies leave out.
        if (isGuidance(node)) return [];
        return [{ ...element(), type: 'quote', children: this.joinLines(node.children.flatMap((child) => this.lines(child))) }];
      }
      case 'list':
        return [this.list(node, 0)];
      case 'table':
        return this.tableRows(node).map((row) => paragraph(row));
      case 'thematicBreak':
        return [paragraph([])];
      case 'definition':
        return [];
      default: {
        // code, html, footnote definitions and anything unforeseen: their text, line by line.
        const lines = this.lines(node);
        return lines.length === 0 ? [] : [paragraph(this.joinLines(lines))];
      }
    }
  }

  /** A list as Lexical holds it: a nested list sits alone in a list item of its own. */
  private list(list: List, depth: number): ListJson {
    const items: ListItemJson[] = [];
    const listItem = (children: ListItemJson['children']): ListItemJson => ({
      ...element(depth),
      type: 'listitem',
      value: 0,
      children,
    });
    for (const item of list.children) {
      let pending: InlineJson[][] | null = null;
      let emitted = false;
      const flush = () => {
        if (pending !== null) items.push(listItem(this.joinLines(pending)));
        pending = null;
      };
      const prefix = taskMarker(item);
      for (const child of item.children) {
        if (child.type === 'list') {
          flush();
          items.push(listItem([this.list(child, depth + 1)]));
          emitted = true;
          continue;
        }
        const lines = this.lines(child);
        if (lines.length === 0) continue;
        if (pending === null) {
          pending = [];
          if (!emitted && prefix !== '') lines[0] = mergeText([textNode(prefix, 0), ...(lines[0] ?? [])]);
          emitted = true;
        }
        pending.push(...lines);
      }
      flush();
      if (!emitted) items.push(listItem(prefix === '' ? [] : [textNode(prefix, 0)]));
    }
    // Lexical's numbering: an item holding only a nested list takes the current value without using it up.
    let value = list.ordered ? (list.start ?? 1) : 1;
    for (const item of items) {
      item.value = value;
      if (item.children[0]?.type !== 'list') value++;
    }
    return {
      ...element(),
      type: 'list',
      listType: list.ordered ? 'number' : 'bullet',
      start: list.ordered ? (list.start ?? 1) : 1,
      tag: list.ordered ? 'ol' : 'ul',
      children: items,
    };
  }
}

function taskMarker(item: ListItem): string {
  if (item.checked === true) return '[x] ';
  if (item.checked === false) return '[ ] ';
  return '';
}

function isHtmlComment(value: string): boolean {
  return /^\s*<!--[\s\S]*-->\s*$/.test(value);
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** A blockquote whose first paragraph starts with **Guidance:** is a note to the author. */
function isGuidance(node: Blockquote): boolean {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return false;
  const lead = (first as Paragraph).children[0];
  return lead?.type === 'strong' && plainText(lead).trim() === 'Guidance:';
}

/** Lexical merges neighbouring text nodes of the same format; do it here so the output is already normal. */
function mergeText(nodes: InlineJson[]): InlineJson[] {
  const out: InlineJson[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && node.text === '') continue;
    const previous = out[out.length - 1];
    if (node.type === 'text' && previous?.type === 'text' && previous.format === node.format) {
      out[out.length - 1] = { ...previous, text: previous.text + node.text };
    } else out.push(node);
  }
  return out;
}

/**
 * Compiles a template's Markdown source to its front matter and Lexical content.
 * `{{field.path}}` placeholders are filled from `context`; a missing, empty or
 * non-string value shows as "[field.path]" so the author sees what to fill in.
 */
export function compileTemplate(source: string, context: Record<string, unknown>): CompiledTemplate {
  const { frontMatter, body } = parseTemplateSource(source);
  checkFields(frontMatter, body);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  const children = new Converter(context).blocks(tree.children);
  return {
    frontMatter,
    content: {
      root: {
        ...element(),
        type: 'root',
        // An empty document still has a paragraph to type in, as in the editor.
        children: children.length === 0 ? [paragraph([])] : children,
      },
    },
  };
}
