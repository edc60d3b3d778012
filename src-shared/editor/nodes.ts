import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';

/**
 * The node classes a document may contain, shared by the editor, the headless
 * checks in the main process and (later) the Word builder. Keep this set small:
 * every node here is one the Word export must understand.
 */
export const DOCUMENT_NODES: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, QuoteNode, ListNode, ListItemNode];
