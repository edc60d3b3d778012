import type { Blockquote, Nodes, Paragraph, RootContent } from 'mdast';
import { type GuidanceBlockJson, type GuidanceJson, guidance, paragraph, TEXT_FORMAT } from '../../editor/nodes';
import { convertInline } from './inline';
import { blockLines } from './lines';
import { convertList } from './lists';
import { joinLines, mergeText } from './merge-text';

/** The words that open a guidance block: `> **Guidance:** …`. */
export const GUIDANCE_LEAD = 'Guidance:';

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** A blockquote whose first paragraph starts with **Guidance:** is a note to the author. */
export function isGuidanceBlock(node: Blockquote): boolean {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return false;
  const lead = (first as Paragraph).children[0];
  return lead?.type === 'strong' && plainText(lead).trim() === GUIDANCE_LEAD;
}

/** A guidance block: its paragraphs, lists and quotes, without the "Guidance:" lead. */
export function convertGuidance(node: Blockquote): GuidanceJson {
  const [first, ...rest] = node.children as [Paragraph, ...RootContent[]];
  const opening = convertInline(first.children.slice(1));
  const firstText = opening[0];
  if (firstText?.type === 'text') opening[0] = { ...firstText, text: firstText.text.replace(/^\s+/, '') };
  const body: GuidanceBlockJson[] = [];
  const lead = mergeText(opening);
  if (lead.length > 0) body.push(paragraph(lead));
  for (const child of rest) body.push(...guidanceBlock(child));
  return guidance(body);
}

function guidanceBlock(node: RootContent): GuidanceBlockJson[] {
  switch (node.type) {
    case 'paragraph': {
      const children = convertInline(node.children);
      return children.length === 0 ? [] : [paragraph(children)];
    }
    case 'heading':
      // A heading inside guidance reads as a bold line: the guidance has no outline of its own.
      return [
        paragraph(
          convertInline(node.children).map((c) => (c.type === 'text' ? { ...c, format: c.format | TEXT_FORMAT.bold } : c)),
        ),
      ];
    case 'list':
      return [convertList(node)];
    case 'thematicBreak':
    case 'definition':
      return [];
    default: {
      const lines = blockLines(node);
      return lines.length === 0 ? [] : [paragraph(joinLines(lines))];
    }
  }
}
