import { Paragraph, type ParagraphChild, TextRun } from 'docx';
import type { SerializedNodeShape } from '../../editor/serialized-content';
import type { BuildContext } from './build-context';
import { LIST_REFERENCE, listIndent, MAX_LIST_LEVEL } from './numbering';
import { inlineRuns } from './runs';
import { STYLE } from './styles';

/** A check-list box as Word shows it in print: ☐ open, ☒ done. */
export const CHECK_BOX = { open: '☐', done: '☒' } as const;

interface ListLine {
  kind: string;
  instance: number;
  level: number;
  checked: boolean;
  runs: ParagraphChild[];
}

/** The items of a list and its nested lists, in reading order, each with its level and numbering instance. */
function listLines(
  node: SerializedNodeShape,
  context: BuildContext,
  level: number,
  parent: { kind: string; instance: number } | null,
) {
  const kind = String(node.listType);
  // A nested list of the same kind continues its parent's instance one level down; any other list starts afresh.
  const instance = parent?.kind === kind ? parent.instance : context.lists.next();
  const lines: ListLine[] = [];
  for (const item of node.children ?? []) {
    const text = (item.children ?? []).filter((child) => child.type !== 'list');
    if (text.length > 0 || (item.children ?? []).length === 0) {
      lines.push({
        kind,
        instance,
        level: Math.min(level, MAX_LIST_LEVEL),
        checked: item.checked === true,
        runs: inlineRuns(text, context),
      });
    }
    for (const nested of (item.children ?? []).filter((child) => child.type === 'list')) {
      lines.push(...listLines(nested, context, level + 1, { kind, instance }));
    }
  }
  return lines;
}

function listParagraph(line: ListLine, last: boolean): Paragraph {
  const spacing = last ? { spacing: { after: 160 } } : {};
  if (line.kind === 'check') {
    return new Paragraph({
      style: STYLE.listParagraph,
      ...spacing,
      indent: listIndent(line.level),
      tabStops: [{ type: 'left', position: listIndent(line.level).left }],
      children: [new TextRun(`${line.checked ? CHECK_BOX.done : CHECK_BOX.open}\t`), ...line.runs],
    });
  }
  return new Paragraph({
    style: STYLE.listParagraph,
    ...spacing,
    numbering: {
      reference: line.kind === 'number' ? LIST_REFERENCE.number : LIST_REFERENCE.bullet,
      level: line.level,
      instance: line.instance,
    },
    children: line.runs,
  });
}

/**
 * A list as List Paragraphs: bulleted and numbered through Word numbering (each list its
 * own instance, so numbering starts again at 1), check lists with a box before the
 * text. Nesting is kept as list levels.
 */
export function listBlocks(node: SerializedNodeShape, context: BuildContext): Paragraph[] {
  const lines = listLines(node, context, 0, null);
  return lines.map((line, index) => listParagraph(line, index === lines.length - 1));
}
