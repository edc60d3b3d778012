import type { Paragraph, Table } from 'docx';
import type { SerializedNodeShape } from '../../editor/serialized-content';
import { horizontalRuleBlock, pageBreakBlock } from './breaks';
import type { BuildContext } from './build-context';
import { guidanceBlocks } from './guidance';
import { headingBlock } from './headings';
import { listBlocks } from './lists';
import { paragraphBlock, quoteBlock } from './paragraphs';
import { tableBlock } from './tables';

/**
 * A document's blocks as Word content, one builder per node type. Every block type of
 * the node set (src-shared/editor/nodes) has its case here; the spec checks that none
 * is dropped.
 */
export function contentBlocks(
  nodes: readonly SerializedNodeShape[],
  context: BuildContext,
  cell: { header: boolean } | null = null,
): Array<Paragraph | Table> {
  return nodes.flatMap((node): Array<Paragraph | Table> => {
    switch (node.type) {
      case 'paragraph':
        return [paragraphBlock(node, context, cell)];
      case 'heading':
        return [headingBlock(node, context)];
      case 'quote':
        return [quoteBlock(node, context)];
      case 'list':
        return listBlocks(node, context);
      case 'table':
        return [tableBlock(node, context, (blocks, header) => contentBlocks(blocks, context, { header }))];
      case 'guidance':
        return guidanceBlocks(node, context);
      case 'horizontalrule':
        return [horizontalRuleBlock()];
      case 'page-break':
        return [pageBreakBlock()];
      default:
        return [];
    }
  });
}
