import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { type JSX, useEffect, useState } from 'react';
import { $currentBlockType, $setBlockType, BLOCK_TYPE_LABELS, type BlockType } from './block-type';
import { $sectionClause } from './clause-tags/section';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? '⌘' : 'Ctrl+';

interface ToolbarState {
  block: BlockType;
  bold: boolean;
  italic: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** The clause the section at the cursor is tagged with. */
  section: string | null;
}

interface ToolbarPluginProps {
  disabled: boolean;
  /** Opens the clause picker for the section at the cursor; absent until the catalog is loaded. */
  onTagSection?: (() => void) | undefined;
}

export function ToolbarPlugin({ disabled, onTagSection }: ToolbarPluginProps): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>({
    block: 'paragraph',
    bold: false,
    italic: false,
    canUndo: false,
    canRedo: false,
    section: null,
  });

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          // Read everything inside read(): React runs state updaters later, outside it.
          const next = editorState.read(() => {
            const selection = $getSelection();
            const ranged = $isRangeSelection(selection);
            return {
              block: $currentBlockType(),
              section: $sectionClause(),
              bold: ranged && selection.hasFormat('bold'),
              italic: ranged && selection.hasFormat('italic'),
            };
          });
          setState((previous) => ({ ...previous, ...next }));
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (canUndo) => {
            setState((s) => ({ ...s, canUndo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (canRedo) => {
            setState((s) => ({ ...s, canRedo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const setBlock = (value: string) => {
    if (value === 'paragraph' || value === 'h1' || value === 'h2' || value === 'h3') {
      editor.update(() => $setBlockType(value));
      editor.focus();
    }
  };
  const toggleList = (type: 'bullet' | 'number') => {
    if (state.block === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    editor.focus();
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <button
        type="button"
        disabled={disabled || !state.canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        title={`Undo (${MOD}Z)`}
        aria-label="Undo"
      >
        ↶
      </button>
      <button
        type="button"
        disabled={disabled || !state.canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        title={`Redo (${MOD}${IS_MAC ? '⇧Z' : 'Y'})`}
        aria-label="Redo"
      >
        ↷
      </button>
      <span className="toolbar-divider" />
      <select
        aria-label="Paragraph style"
        disabled={disabled}
        value={state.block === 'bullet' || state.block === 'number' || state.block === 'other' ? '' : state.block}
        onChange={(event) => setBlock(event.target.value)}
      >
        {state.block === 'bullet' || state.block === 'number' || state.block === 'other' ? <option value="">—</option> : null}
        {Object.entries(BLOCK_TYPE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <span className="toolbar-divider" />
      <button
        type="button"
        disabled={disabled}
        aria-pressed={state.bold}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
        title={`Bold (${MOD}B)`}
        aria-label="Bold"
      >
        <strong>B</strong>
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-pressed={state.italic}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
        title={`Italic (${MOD}I)`}
        aria-label="Italic"
      >
        <em>I</em>
      </button>
      <span className="toolbar-divider" />
      <button
        type="button"
        disabled={disabled}
        aria-pressed={state.block === 'bullet'}
        onClick={() => toggleList('bullet')}
        title="Bulleted list (type “- ”)"
        aria-label="Bulleted list"
      >
        • ≡
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-pressed={state.block === 'number'}
        onClick={() => toggleList('number')}
        title="Numbered list (type “1. ”)"
        aria-label="Numbered list"
      >
        1. ≡
      </button>
      <span className="toolbar-divider" />
      <button
        type="button"
        disabled={disabled || !onTagSection}
        onClick={onTagSection}
        title="Tag the section at the cursor with the ISO 9001 clause it addresses"
      >
        § {state.section ?? 'Tag section…'}
      </button>
    </div>
  );
}
