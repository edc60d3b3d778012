import type { RootContent } from 'mdast';
import { CLAUSE_STATE_KEY } from '../../editor/clause-tags';
import {
  type BlockJson,
  heading,
  headingTagForDepth,
  horizontalRule,
  type InlineJson,
  paragraph,
  quote,
} from '../../editor/nodes';
import { convertGuidance, isGuidanceBlock } from './guidance';
import { convertInline } from './inline';
import { blockLines } from './lines';
import { convertList } from './lists';
import { joinLines } from './merge-text';
import { convertTable } from './tables';

/**
 * Markdown's blocks to the document's: headings (# to ###; deeper ones become h3),
 * paragraphs, quotes, guidance blocks, lists, tables. Code, raw HTML and footnote
 * definitions keep their text as a paragraph, line by line; a thematic break (*** or
 * ---) is a horizontal rule; link reference definitions carry no text and are left out.
 */
export function convertBlocks(nodes: readonly RootContent[]): BlockJson[] {
  return nodes.flatMap(convertBlock);
}

function convertBlock(node: RootContent): BlockJson[] {
  switch (node.type) {
    case 'paragraph': {
      const children = convertInline(node.children);
      return children.length === 0 ? [] : [paragraph(children)];
    }
    case 'heading': {
      const { children, clause } = sectionTag(convertInline(node.children));
      const block = heading(headingTagForDepth(node.depth), children);
      return [clause ? { ...block, $: { [CLAUSE_STATE_KEY]: clause } } : block];
    }
    case 'blockquote':
      if (isGuidanceBlock(node)) return [convertGuidance(node)];
      return [quote(joinLines(node.children.flatMap(blockLines)))];
    case 'list':
      return [convertList(node)];
    case 'table':
      return [convertTable(node)];
    case 'thematicBreak':
      return [horizontalRule()];
    case 'definition':
      return [];
    default: {
      const lines = blockLines(node);
      return lines.length === 0 ? [] : [paragraph(joinLines(lines))];
    }
  }
}

/** "# Records {§8.7.2}": a heading that tags its section with the clause it addresses. */
export const SECTION_TAG = /\s*\{§\s*(\d{1,2}(?:\.\d{1,2}){0,3})\}\s*$/;

function sectionTag(children: InlineJson[]): { children: InlineJson[]; clause: string | null } {
  const last = children[children.length - 1];
  if (last?.type !== 'text') return { children, clause: null };
  const match = SECTION_TAG.exec(last.text);
  if (!match) return { children, clause: null };
  const text = last.text.slice(0, match.index);
  return { children: [...children.slice(0, -1), ...(text ? [{ ...last, text }] : [])], clause: match[1] ?? null };
}
