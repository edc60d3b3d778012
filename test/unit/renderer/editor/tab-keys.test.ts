import { $getRoot, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $tabAction, MAX_LIST_DEPTH } from '../../../../src-renderer/src/editor/plugins/tab-keys/tab-keys';
import { $insertDocumentTable } from '../../../../src-renderer/src/editor/plugins/tables/table-actions';
import { documentContent, list, listItem, paragraph, textNode } from '../../../../src-shared/editor/nodes';
import type { SerializedContent } from '../../../../src-shared/editor/serialized-content';
import { change, editorWith } from './headless';

/** A bulleted list nested `depth` levels deep, its innermost item holding "deep". */
function nested(depth: number) {
  let inner = list('bullet', [listItem([textNode('deep')])]);
  for (let level = 1; level < depth; level += 1) inner = list('bullet', [listItem([inner])]);
  return inner;
}

const actionAt = (content: SerializedContent, $place: () => void, shiftKey = false) => {
  const editor = editorWith(content);
  change(editor, $place);
  return editor.getEditorState().read(() => $tabAction(shiftKey));
};

describe('what Tab does at the cursor', () => {
  it('indents and outdents a list item', () => {
    const content = documentContent([list('bullet', [listItem([textNode('one')])])]) as SerializedContent;
    expect(actionAt(content, () => $getRoot().selectEnd())).toBe('indent');
    expect(actionAt(content, () => $getRoot().selectEnd(), true)).toBe('outdent');
  });

  it('keeps its focus-moving job in a paragraph', () => {
    const content = documentContent([paragraph([textNode('text')])]) as SerializedContent;
    expect(actionAt(content, () => $getRoot().selectEnd())).toBe('pass');
    expect(actionAt(content, () => $getRoot().selectEnd(), true)).toBe('pass');
  });

  it('leaves a table cell to the table (next cell)', () => {
    const content = documentContent([paragraph([textNode('text')])]) as SerializedContent;
    const editor = editorWith(content);
    change(editor, () => $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd());
    change(editor, () => $insertDocumentTable({ rows: 2, columns: 2, headerRow: false }));
    expect(editor.getEditorState().read(() => $tabAction(false))).toBe('pass');
  });

  it(`stays in an item already ${MAX_LIST_DEPTH} levels deep, and still outdents it`, () => {
    const deepest = documentContent([nested(MAX_LIST_DEPTH)]) as SerializedContent;
    expect(actionAt(deepest, () => $getRoot().selectEnd())).toBe('stay');
    expect(actionAt(deepest, () => $getRoot().selectEnd(), true)).toBe('outdent');
    const shallower = documentContent([nested(MAX_LIST_DEPTH - 1)]) as SerializedContent;
    expect(actionAt(shallower, () => $getRoot().selectEnd())).toBe('indent');
  });
});
