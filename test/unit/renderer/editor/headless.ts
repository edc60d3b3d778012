import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../../../../src-renderer/src/editor/nodes';
import { type SerializedContent, serializedContentSchema } from '../../../../src-shared/editor/serialized-content';

/** A headless editor with the document's node set, holding `content`. */
export function editorWith(content: SerializedContent): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(content)));
  return editor;
}

/** Runs `fn` in a discrete update and gives back what it returned. */
export function change<T>(editor: LexicalEditor, fn: () => T): T {
  let result: T | undefined;
  editor.update(
    () => {
      result = fn();
    },
    { discrete: true },
  );
  return result as T;
}

/** The content as saved, checked against the document schema (a save would refuse anything else). */
export function saved(editor: LexicalEditor): SerializedContent {
  const content = JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
  const parsed = serializedContentSchema.safeParse(content);
  if (!parsed.success) throw new Error(`the document schema refuses it: ${JSON.stringify(parsed.error.issues)}`);
  return content;
}
