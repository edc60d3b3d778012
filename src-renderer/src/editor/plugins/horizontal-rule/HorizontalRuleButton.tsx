import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import type { JSX } from 'react';
import { $canInsertTopLevelBlock } from '../../insert-block';
import { ToolbarButton } from '../../ui/ToolbarButton';
import { useSelectionValue } from '../../ui/useSelectionValue';

export function HorizontalRuleButton({ disabled }: { disabled: boolean }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const allowed = useSelectionValue($canInsertTopLevelBlock, true);
  return (
    <ToolbarButton
      label="Horizontal rule"
      title={allowed ? 'Horizontal rule' : 'Horizontal rule (not inside a table)'}
      icon="―"
      disabled={disabled || !allowed}
      onClick={() => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)}
    />
  );
}
