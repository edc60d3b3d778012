import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { FieldNode } from './FieldNode';
import { GuidanceNode } from './GuidanceNode';
import { PageBreakNode } from './PageBreakNode';

/**
 * The node classes the editor registers beside Lexical's core ones (root, paragraph,
 * text, line break, tab). One per type of src-shared/editor/nodes; a test proves the
 * two sets are the same, so the editor can build every document the schema admits.
 */
export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  LinkNode,
  FieldNode,
  GuidanceNode,
  // Lexical's own rule: its JSON type is 'horizontalrule', the type src-shared declares.
  HorizontalRuleNode,
  PageBreakNode,
];
