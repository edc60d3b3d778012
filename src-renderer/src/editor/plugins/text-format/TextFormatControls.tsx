import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type TextFormatType } from 'lexical';
import type { JSX } from 'react';
import { shortcut } from '../../ui/shortcut';
import { ToolbarButton } from '../../ui/ToolbarButton';
import { useSelectionValue } from '../../ui/useSelectionValue';
import { STRIKETHROUGH_SHORTCUT } from './TextFormatShortcutsPlugin';

const FORMATS: ReadonlyArray<{ format: TextFormatType; label: string; keys: string; icon: JSX.Element }> = [
  { format: 'bold', label: 'Bold', keys: 'B', icon: <strong>B</strong> },
  { format: 'italic', label: 'Italic', keys: 'I', icon: <em>I</em> },
  { format: 'underline', label: 'Underline', keys: 'U', icon: <u>U</u> },
  { format: 'strikethrough', label: 'Strikethrough', keys: STRIKETHROUGH_SHORTCUT, icon: <s>S</s> },
];

/** The formats on at the cursor, one letter per format: "biu" for bold, italic and underline. */
function $activeFormats(): string {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return '';
  return FORMATS.filter(({ format }) => selection.hasFormat(format))
    .map(({ format }) => format[0])
    .join('');
}

/** Bold, italic, underline and strikethrough: toggles that show what is on at the cursor. */
export function TextFormatControls({ disabled }: { disabled: boolean }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const active = useSelectionValue($activeFormats, '');
  return (
    <>
      {FORMATS.map(({ format, label, keys, icon }) => (
        <ToolbarButton
          key={format}
          label={label}
          title={`${label} (${shortcut(keys)})`}
          icon={icon}
          disabled={disabled}
          pressed={active.includes(format[0] as string)}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        />
      ))}
    </>
  );
}
