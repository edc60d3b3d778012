import { Paragraph, TextRun } from 'docx';
import type { SerializedNodeShape } from '../../editor/serialized-content';
import type { BuildContext } from './build-context';
import { CHECK_BOX } from './lists';
import { inlineRuns } from './runs';
import { STYLE } from './styles';

export const GUIDANCE_LABEL = 'Guidance for the author (remove before approval):';

/**
 * Guidance is never part of a controlled copy. A review copy shows it, shaded and
 * labelled, so nobody mistakes it for the document's text.
 */
export function guidanceBlocks(node: SerializedNodeShape, context: BuildContext): Paragraph[] {
  if (!context.includeGuidance) return [];
  const body = Array.isArray(node.body) ? (node.body as SerializedNodeShape[]) : [];
  const lines: Paragraph[] = [
    new Paragraph({ style: STYLE.guidance, children: [new TextRun({ text: GUIDANCE_LABEL, bold: true })] }),
  ];
  const add = (blocks: readonly SerializedNodeShape[], depth: number) => {
    for (const block of blocks) {
      if (block.type === 'list') {
        for (const item of block.children ?? []) {
          const nested = (item.children ?? []).filter((child) => child.type === 'list');
          const text = (item.children ?? []).filter((child) => child.type !== 'list');
          if (text.length > 0) {
            const marker = block.listType === 'check' ? (item.checked ? CHECK_BOX.done : CHECK_BOX.open) : '•';
            lines.push(
              new Paragraph({
                style: STYLE.guidance,
                indent: { left: 170 + 360 * (depth + 1), hanging: 360 },
                children: [new TextRun(`${marker}\t`), ...inlineRuns(text, context)],
              }),
            );
          }
          add(nested, depth + 1);
        }
      } else lines.push(new Paragraph({ style: STYLE.guidance, children: inlineRuns(block.children ?? [], context) }));
    }
  };
  add(body, 0);
  return lines;
}
