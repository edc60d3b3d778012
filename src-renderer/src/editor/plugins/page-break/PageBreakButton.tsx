import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { JSX } from 'react';
import { $canInsertTopLevelBlock } from '../../insert-block';
import { shortcut } from '../../ui/shortcut';
import { ToolbarButton } from '../../ui/ToolbarButton';
import { useSelectionValue } from '../../ui/useSelectionValue';
import { PAGE_BREAK_SHORTCUT } from './PageBreakPlugin';
import { INSERT_PAGE_BREAK_COMMAND } from './page-break';

export function PageBreakButton({ disabled }: { disabled: boolean }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const allowed = useSelectionValue($canInsertTopLevelBlock, true);
  return (
    <ToolbarButton
      label="Page break"
      title={`Page break (${shortcut(PAGE_BREAK_SHORTCUT)})${allowed ? '' : ' — not inside a table'}`}
      icon="⤓"
      disabled={disabled || !allowed}
      onClick={() => editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined)}
    />
  );
}
