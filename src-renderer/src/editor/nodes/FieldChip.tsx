import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import type { JSX } from 'react';
import { hasFormat } from '../../../../src-shared/editor/nodes';
import { useFieldDisplay } from '../fields/field-values';

/** How a field looks in the editor: its value, marked as a field; "[Label]" in amber when it has none. */
export default function FieldChip({ path, format, nodeKey }: { path: string; format: number; nodeKey: string }): JSX.Element {
  const { text, missing, hint } = useFieldDisplay(path);
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const classes = ['qms-field-chip'];
  if (missing) classes.push('qms-field-missing');
  if (selected) classes.push('qms-field-selected');
  if (hasFormat(format, 'bold')) classes.push('qms-bold');
  if (hasFormat(format, 'italic')) classes.push('qms-italic');
  if (hasFormat(format, 'underline')) classes.push('qms-underline');
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click selects the field as one unit, as Word does; the keyboard reaches it through Lexical's arrow keys.
    <span
      className={classes.join(' ')}
      title={hint}
      data-field={path}
      data-missing={missing ? 'true' : undefined}
      onMouseDown={(event) => {
        // One click selects the whole field, as Word does with its fields.
        event.preventDefault();
        clearSelection();
        setSelected(true);
      }}
    >
      {text}
    </span>
  );
}
