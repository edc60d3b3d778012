import {
  $createNodeSelection,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type ElementNode,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { $moveBlock } from '../../../../src-renderer/src/editor/plugins/move-block/move-block';
import { documentContent, field, guidance, heading, paragraph, textNode } from '../../../../src-shared/editor/nodes';
import type { SerializedContent } from '../../../../src-shared/editor/serialized-content';
import { change, editorWith, saved } from './headless';

const content = () =>
  documentContent([
    heading('h2', [textNode('Purpose')]),
    guidance([paragraph([textNode('Say why the procedure exists.')])]),
    paragraph([textNode('This procedure applies to '), field('organization.name'), textNode('.')]),
  ]) as SerializedContent;

const order = (editor: ReturnType<typeof editorWith>) => saved(editor).root.children.map((block) => block.type);

describe('moving a block (Alt+Shift+Up/Down)', () => {
  it('moves a guidance block selected as a unit, whole, and keeps it selected', () => {
    const editor = editorWith(content());
    change(editor, () => {
      const selection = $createNodeSelection();
      selection.add($getRoot().getChildAtIndex(1)?.getKey() as string);
      $setSelection(selection);
    });
    expect(change(editor, () => $moveBlock('down'))).toBe(true);
    expect(order(editor)).toEqual(['heading', 'paragraph', 'guidance']);
    expect(saved(editor).root.children[2]).toMatchObject({
      type: 'guidance',
      body: [{ children: [{ text: 'Say why the procedure exists.' }] }],
    });
    expect(
      editor.read(() =>
        $getSelection()
          ?.getNodes()
          .map((node) => node.getType()),
      ),
    ).toEqual(['guidance']);
  });

  it('moves the paragraph at the caret with its field, and the caret stays where it was in it', () => {
    const editor = editorWith(content());
    change(editor, () => $getRoot().getLastChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>().select(5, 5));
    expect(change(editor, () => $moveBlock('up'))).toBe(true);
    expect(change(editor, () => $moveBlock('up'))).toBe(true);
    expect(order(editor)).toEqual(['paragraph', 'heading', 'guidance']);
    expect(saved(editor).root.children[0]?.children?.map((node) => node.type)).toEqual(['text', 'field', 'text']);
    const caret = editor.read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) ? [selection.anchor.getNode().getTextContent(), selection.anchor.offset] : null;
    });
    expect(caret).toEqual(['This procedure applies to ', 5]);
  });

  it('does nothing at the edge: the first block cannot go up, the last cannot go down', () => {
    const editor = editorWith(content());
    change(editor, () => $getRoot().getFirstChildOrThrow<ElementNode>().selectStart());
    expect(change(editor, () => $moveBlock('up'))).toBe(false);
    change(editor, () => $getRoot().getLastChildOrThrow<ElementNode>().selectEnd());
    expect(change(editor, () => $moveBlock('down'))).toBe(false);
    expect(order(editor)).toEqual(['heading', 'guidance', 'paragraph']);
  });
});
