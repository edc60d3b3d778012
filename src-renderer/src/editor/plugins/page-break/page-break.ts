import { createCommand, type LexicalCommand } from 'lexical';
import { $insertTopLevelBlock } from '../../insert-block';
import { $createPageBreakNode } from '../../nodes/PageBreakNode';

export const INSERT_PAGE_BREAK_COMMAND: LexicalCommand<void> = createCommand('INSERT_PAGE_BREAK_COMMAND');

/** A page break after the block at the cursor. Refused (false) in a table. Call inside editor.update(). */
export function $insertPageBreak(): boolean {
  return $insertTopLevelBlock($createPageBreakNode());
}
