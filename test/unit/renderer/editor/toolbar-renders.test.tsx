import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { act, cleanup, render, screen } from '@testing-library/react';
import { $getRoot, $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type LexicalEditor } from 'lexical';
import { createRef, Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../../../../src-renderer/src/editor/nodes';
import { Toolbar } from '../../../../src-renderer/src/editor/plugins/toolbar/Toolbar';
import { documentContent, paragraph, textNode } from '../../../../src-shared/editor/nodes';

afterEach(cleanup);

function renderToolbar() {
  const editorRef = createRef<LexicalEditor>() as { current: LexicalEditor | null };
  let renders = 0;
  render(
    <LexicalComposer
      initialConfig={{
        namespace: 'toolbar-test',
        nodes: [...EDITOR_NODES],
        editorState: JSON.stringify(documentContent([paragraph([textNode('Records are kept')])])),
        onError: (error) => {
          throw error;
        },
      }}
    >
      <Profiler id="toolbar" onRender={() => (renders += 1)}>
        <Toolbar disabled={false} />
      </Profiler>
      <RichTextPlugin
        contentEditable={<ContentEditable aria-label="text" />}
        placeholder={null}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <EditorRefPlugin editorRef={editorRef} />
    </LexicalComposer>,
  );
  const editor = editorRef.current;
  if (!editor) throw new Error('no editor');
  return { editor, renders: () => renders };
}

const typeText = (editor: LexicalEditor, text: string) =>
  act(() =>
    editor.update(
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(text);
      },
      { discrete: true },
    ),
  );

describe('the toolbar while typing', () => {
  it('does not re-render for keystrokes that change nothing it shows, and does when bold turns on', async () => {
    const { editor, renders } = renderToolbar();
    await act(() => editor.update(() => $getRoot().selectEnd(), { discrete: true }));
    // The first keystroke may enable Undo; after that, typing changes nothing the toolbar shows.
    await typeText(editor, ' ');
    const settled = renders();
    for (const letter of 'for six years') await typeText(editor, letter);
    expect(renders()).toBe(settled);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('Records are kept for six years');

    await act(() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'));
    expect(renders()).toBeGreaterThan(settled);
    expect(screen.getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('true');
  });
});
