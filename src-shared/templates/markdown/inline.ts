import type { PhrasingContent } from 'mdast';
import { field, type InlineJson, type LinkJson, lineBreak, link, TEXT_FORMAT, textNode } from '../../editor/nodes';
import { isAllowedLinkUrl } from '../../security/link-url';
import { FIELD_MARK } from '../template-source';
import { mergeText } from './merge-text';

/**
 * Markdown's inline content to Lexical's: text with its format bits, placeholders as
 * field nodes that stay linked, links (http, https, mailto only; any other keeps its
 * text), line breaks. What Lexical cannot hold keeps its text: an image its alt text,
 * inline code and raw HTML their characters (HTML comments, notes to the template's
 * maintainer, are dropped), a footnote reference "[^label]".
 */
export function convertInline(nodes: readonly PhrasingContent[]): InlineJson[] {
  const out: InlineJson[] = [];
  phrasing(nodes, 0, out);
  return mergeText(out);
}

/** Template text: soft line breaks and tabs become spaces; a marked placeholder becomes a field. */
export function templateText(value: string, format: number, out: InlineJson[]): void {
  let last = 0;
  for (const match of value.matchAll(FIELD_MARK)) {
    literal(value.slice(last, match.index), format, out);
    out.push(field(match[1] ?? '', format));
    last = match.index + match[0].length;
  }
  literal(value.slice(last), format, out);
}

function literal(value: string, format: number, out: InlineJson[]): void {
  const text = value.replace(/[ \t]*\r?\n[ \t]*/g, ' ').replace(/\t/g, ' ');
  if (text !== '') out.push(textNode(text, format));
}

export function isHtmlComment(value: string): boolean {
  return /^\s*<!--[\s\S]*-->\s*$/.test(value);
}

function phrasing(nodes: readonly PhrasingContent[], format: number, out: InlineJson[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        templateText(node.value, format, out);
        break;
      case 'strong':
        phrasing(node.children, format | TEXT_FORMAT.bold, out);
        break;
      case 'emphasis':
        phrasing(node.children, format | TEXT_FORMAT.italic, out);
        break;
      case 'delete':
        phrasing(node.children, format | TEXT_FORMAT.strikethrough, out);
        break;
      case 'link': {
        const children: InlineJson[] = [];
        phrasing(node.children, format, children);
        const content = mergeText(children).filter((child): child is LinkJson['children'][number] => child.type !== 'link');
        if (isAllowedLinkUrl(node.url) && content.length > 0) out.push(link(node.url, content));
        else out.push(...children);
        break;
      }
      case 'linkReference':
        phrasing(node.children, format, out);
        break;
      case 'break':
        out.push(lineBreak());
        break;
      case 'image':
      case 'imageReference':
        templateText(node.alt?.trim() ? node.alt : '[image]', format, out);
        break;
      case 'html':
        if (!isHtmlComment(node.value)) templateText(node.value, format, out);
        break;
      case 'footnoteReference':
        out.push(textNode(`[^${node.label ?? node.identifier}]`, format));
        break;
      default:
        unknown(node, format, out);
    }
  }
}

/** A node type from a future remark plugin: keep whatever text it has. */
function unknown(node: { type: string }, format: number, out: InlineJson[]): void {
  const { children, value } = node as { children?: unknown; value?: unknown };
  if (Array.isArray(children)) phrasing(children as PhrasingContent[], format, out);
  else if (typeof value === 'string') templateText(value, format, out);
}
