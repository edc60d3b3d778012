import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the find bar (Ctrl/Cmd+F, or a Find button anywhere in the editor). */
export const OPEN_FIND_COMMAND: LexicalCommand<void> = createCommand('OPEN_FIND_COMMAND');
