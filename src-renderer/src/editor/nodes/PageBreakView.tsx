import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { CLICK_COMMAND, COMMAND_PRIORITY_LOW, type NodeKey } from 'lexical';
import { type JSX, useEffect } from 'react';

/** The page break as the author sees it: a labelled dashed line, selected by a click. */
export default function PageBreakView({ nodeKey }: { nodeKey: NodeKey }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);

  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const element = editor.getElementByKey(nodeKey);
          if (!element || !(event.target instanceof Node) || !element.contains(event.target)) return false;
          if (!event.shiftKey) clearSelection();
          setSelected(!isSelected);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [clearSelection, editor, isSelected, nodeKey, setSelected],
  );

  useEffect(() => {
    editor.getElementByKey(nodeKey)?.classList.toggle('qms-selected', isSelected);
  }, [editor, isSelected, nodeKey]);

  return <span className="qms-page-break-label">Page break</span>;
}
