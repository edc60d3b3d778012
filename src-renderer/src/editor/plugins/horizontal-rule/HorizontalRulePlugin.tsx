import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHorizontalRuleNode, INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { $insertTopLevelBlock } from '../../insert-block';

/** Inserts Lexical's horizontal rule, but never inside a table (the document schema has none there). */
export function HorizontalRulePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_HORIZONTAL_RULE_COMMAND,
        () => $insertTopLevelBlock($createHorizontalRuleNode()),
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
