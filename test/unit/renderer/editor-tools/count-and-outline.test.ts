import { createHeadlessEditor } from '@lexical/headless';
import { $createHeadingNode, type HeadingTagType } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor, type NodeKey } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../../../../src-renderer/src/editor/nodes';
import { $createGuidanceNode } from '../../../../src-renderer/src/editor/nodes/GuidanceNode';
import { $outlineEntries } from '../../../../src-renderer/src/editor/plugins/outline/heading-outline';
import { BlockCounts, countText } from '../../../../src-renderer/src/editor/plugins/word-count/count-words';

function newEditor(): LexicalEditor {
  return createHeadlessEditor({
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

describe('countText', () => {
  it('counts words with letters or digits, and characters with spaces but without line breaks', () => {
    expect(countText('Quality policy — rev. 2\nISO 9001:2015')).toEqual({ words: 6, characters: 36 });
    expect(countText('   ')).toEqual({ words: 0, characters: 3 });
    expect(countText('')).toEqual({ words: 0, characters: 0 });
  });
});

describe('BlockCounts', () => {
  it('totals the document without guidance, and after an edit recounts only the dirty blocks', () => {
    const editor = newEditor();
    let second: NodeKey = '';
    editor.update(
      () => {
        const p2 = $createParagraphNode().append($createTextNode('three more words'));
        second = p2.getKey();
        $getRoot().append(
          $createParagraphNode().append($createTextNode('Two words')),
          p2,
          $createGuidanceNode([{ type: 'paragraph', children: [{ type: 'text', text: 'not counted at all' }] }] as never),
        );
      },
      { discrete: true },
    );
    const counts = new BlockCounts();
    expect(editor.getEditorState().read(() => counts.$total())).toEqual({ words: 5, characters: 25 });

    // An edit Lexical did not report (no markDirty) is not re-read: proof that clean blocks come from the cache.
    editor.update(() => $getRoot().getAllTextNodes()[0]?.setTextContent('Now four words here'), {
      discrete: true,
    });
    expect(editor.getEditorState().read(() => counts.$total()).words).toBe(5);

    editor.update(() => $getRoot().getAllTextNodes()[1]?.setTextContent('one'), { discrete: true });
    const first = editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow().getKey());
    counts.markDirty([first, second]);
    expect(editor.getEditorState().read(() => counts.$total())).toEqual({ words: 5, characters: 22 });
  });

  it('drops removed blocks from the total', () => {
    const editor = newEditor();
    editor.update(
      () =>
        $getRoot().append(
          $createParagraphNode().append($createTextNode('a b c')),
          $createParagraphNode().append($createTextNode('d')),
        ),
      {
        discrete: true,
      },
    );
    const counts = new BlockCounts();
    expect(editor.getEditorState().read(() => counts.$total()).words).toBe(4);
    editor.update(() => $getRoot().getFirstChildOrThrow().remove(), { discrete: true });
    expect(editor.getEditorState().read(() => counts.$total()).words).toBe(1);
  });
});

describe('$outlineEntries', () => {
  it('lists the given headings in document order with their level, leaving out empty ones', () => {
    const editor = newEditor();
    const keys: NodeKey[] = [];
    editor.update(
      () => {
        const heading = (tag: HeadingTagType, text: string) => {
          const node = $createHeadingNode(tag).append(...(text ? [$createTextNode(text)] : []));
          keys.push(node.getKey());
          return node;
        };
        const intro = heading('h2', 'Scope');
        $getRoot().append(heading('h1', 'Purpose'), $createParagraphNode(), heading('h3', 'Detail'), heading('h2', ''));
        // Inserted at the end but listed where it stands in the document.
        $getRoot().getFirstChildOrThrow().insertAfter(intro);
      },
      { discrete: true },
    );
    const entries = editor.getEditorState().read(() => $outlineEntries(keys));
    expect(entries.map((entry) => [entry.level, entry.text])).toEqual([
      [1, 'Purpose'],
      [2, 'Scope'],
      [3, 'Detail'],
    ]);
  });
});
