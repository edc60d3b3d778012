import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../../../../src-renderer/src/editor/nodes';
import { FindBar } from '../../../../src-renderer/src/editor/plugins/find/FindBar';
import { OPEN_FIND_COMMAND } from '../../../../src-renderer/src/editor/plugins/find/find-command';

afterEach(cleanup);

/** Opens the bar once the editor is there, as Ctrl+F would. */
function OpenFind(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.dispatchCommand(OPEN_FIND_COMMAND, undefined);
  }, [editor]);
  return null;
}

function renderEditor(editable: boolean) {
  render(
    <LexicalComposer
      initialConfig={{
        namespace: 'find-test',
        nodes: [...EDITOR_NODES],
        editable,
        editorState: () => $getRoot().append($createParagraphNode().append($createTextNode('Audit the audit plan.'))),
        onError: (error) => {
          throw error;
        },
      }}
    >
      <FindBar />
      <RichTextPlugin contentEditable={<ContentEditable aria-label="text" />} ErrorBoundary={LexicalErrorBoundary} />
      <OpenFind />
    </LexicalComposer>,
  );
}

describe('FindBar', () => {
  it('in a read-only document finds but does not offer to replace', async () => {
    renderEditor(false);
    const find = await screen.findByRole('searchbox', { name: 'Find' });
    fireEvent.change(find, { target: { value: 'audit' } });
    expect(await screen.findByText('1 of 2')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('textbox', { name: 'Replace with' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Replace' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Replace all' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('This document is read-only: find only.')).toBeTruthy();
  });

  it('in an editable document replaces all matches', async () => {
    renderEditor(true);
    const find = await screen.findByRole('searchbox', { name: 'Find' });
    fireEvent.change(find, { target: { value: 'audit' } });
    expect(await screen.findByText('1 of 2')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Replace with' }), { target: { value: 'review' } });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Replace all' }));
    });
    expect(await screen.findByText('No matches')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'text' }).textContent).toBe('review the review plan.');
  });
});
