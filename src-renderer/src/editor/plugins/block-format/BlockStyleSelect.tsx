import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { JSX } from 'react';
import { $currentBlockType, $setBlockType, BLOCK_TYPE_LABELS, type BlockType } from '../../block-type';
import { useSelectionValue } from '../../ui/useSelectionValue';

/** Body text or Heading 1-3 for the blocks at the cursor; "—" in a list or another kind of block. */
export function BlockStyleSelect({ disabled }: { disabled: boolean }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const block = useSelectionValue<BlockType>($currentBlockType, 'paragraph');
  const unnamed = block === 'bullet' || block === 'number' || block === 'other';
  return (
    <select
      aria-label="Paragraph style"
      disabled={disabled}
      value={unnamed ? '' : block}
      onChange={(event) => {
        const value = event.target.value;
        if (value === 'paragraph' || value === 'h1' || value === 'h2' || value === 'h3') {
          editor.update(() => $setBlockType(value));
          editor.focus();
        }
      }}
    >
      {unnamed ? <option value="">—</option> : null}
      {Object.entries(BLOCK_TYPE_LABELS).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}
