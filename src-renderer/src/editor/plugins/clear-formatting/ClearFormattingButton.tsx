import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { JSX } from 'react';
import { shortcut } from '../../ui/shortcut';
import { ToolbarButton } from '../../ui/ToolbarButton';
import { CLEAR_FORMATTING_SHORTCUT } from './ClearFormattingPlugin';
import { CLEAR_FORMATTING_COMMAND } from './clear-formatting';

export function ClearFormattingButton({ disabled }: { disabled: boolean }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  return (
    <ToolbarButton
      label="Clear formatting"
      title={`Clear formatting: bold, italic, underline, strikethrough (${shortcut(CLEAR_FORMATTING_SHORTCUT)})`}
      icon="T×"
      disabled={disabled}
      onClick={() => editor.dispatchCommand(CLEAR_FORMATTING_COMMAND, undefined)}
    />
  );
}
