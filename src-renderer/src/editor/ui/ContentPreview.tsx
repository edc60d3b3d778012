import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { JSX } from 'react';
import type { SerializedContent } from '../../../../src-shared/editor/serialized-content';
import { EDITOR_NODES } from '../nodes';
import { editorTheme } from '../theme';
import '../editor.css';

/**
 * Content shown exactly as the editor would show it, read-only: the template gallery's
 * preview. Remount it (a new `key`) to show other content.
 */
export function ContentPreview({ content, label }: { content: SerializedContent; label: string }): JSX.Element {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'qms-preview',
        nodes: [...EDITOR_NODES],
        theme: editorTheme,
        editable: false,
        editorState: JSON.stringify(content),
        onError: (error) => {
          throw error;
        },
      }}
    >
      <RichTextPlugin
        contentEditable={<ContentEditable className="editor-input preview-input" aria-label={label} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
    </LexicalComposer>
  );
}
