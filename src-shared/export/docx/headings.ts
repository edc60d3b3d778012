import { Paragraph } from 'docx';
import { inlineText, type SerializedNodeShape } from '../../editor/serialized-content';
import { fieldDisplayText } from '../../fields/field-catalog';
import type { BuildContext } from './build-context';
import { inlineRuns } from './runs';
import { HEADING_STYLES } from './styles';

/**
 * h1-h3 as Word's Heading 1-3, so the navigation pane and the table of contents find
 * them; in the manual one level lower, under the document's title.
 */
export function headingStyle(tag: unknown, offset: 0 | 1): (typeof HEADING_STYLES)[number] {
  const level = tag === 'h1' ? 1 : tag === 'h2' ? 2 : 3;
  return HEADING_STYLES[level - 1 + offset] as (typeof HEADING_STYLES)[number];
}

export function headingBlock(node: SerializedNodeShape, context: BuildContext): Paragraph {
  const runs = inlineRuns(node.children ?? [], context);
  // A document's main headings (h1) are listed in the manual's contents, under its title.
  const children =
    context.contents && node.tag === 'h1'
      ? context.contents.mark(
          2,
          inlineText(node, (path) => fieldDisplayText(path, context.fields)),
          runs,
        )
      : runs;
  return new Paragraph({ heading: headingStyle(node.tag, context.headingOffset), children });
}
