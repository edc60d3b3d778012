import { AlignmentType, Paragraph } from 'docx';
import type { SerializedNodeShape } from '../../editor/serialized-content';
import type { BuildContext } from './build-context';
import { inlineRuns } from './runs';
import { STYLE } from './styles';

const ALIGNMENTS = {
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  end: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Lexical's block alignment and indent (0.5 in a step, as the editor shows it). */
export function blockLayout(node: SerializedNodeShape) {
  const alignment = ALIGNMENTS[String(node.format) as keyof typeof ALIGNMENTS];
  const indent = typeof node.indent === 'number' && node.indent > 0 ? node.indent : 0;
  return {
    ...(alignment ? { alignment } : {}),
    ...(indent ? { indent: { left: 720 * indent } } : {}),
  };
}

/** A paragraph in Normal style (in a table cell the table style sets its size and spacing; a drawn header cell is bold). */
export function paragraphBlock(
  node: SerializedNodeShape,
  context: BuildContext,
  cell: { header: boolean } | null = null,
): Paragraph {
  return new Paragraph({
    ...blockLayout(node),
    children: inlineRuns(node.children ?? [], context, cell?.header ? { bold: true } : {}),
  });
}

/** A quotation in Word's Quote style. */
export function quoteBlock(node: SerializedNodeShape, context: BuildContext): Paragraph {
  return new Paragraph({ style: STYLE.quote, ...blockLayout(node), children: inlineRuns(node.children ?? [], context) });
}
