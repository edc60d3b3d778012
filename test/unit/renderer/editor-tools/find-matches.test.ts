import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  IS_BOLD,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../../../../src-renderer/src/editor/nodes';
import { $createGuidanceNode } from '../../../../src-renderer/src/editor/nodes/GuidanceNode';
import {
  $findMatches,
  $firstMatchFromCaret,
  $replaceAll,
  $replaceMatch,
  $selectMatch,
  type TextMatch,
} from '../../../../src-renderer/src/editor/plugins/find/find-matches';

function editorWith(build: () => void): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(build, { discrete: true });
  return editor;
}

const paragraph = (...texts: Array<string | [string, number]>) =>
  $createParagraphNode().append(
    ...texts.map((text) => (typeof text === 'string' ? $createTextNode(text) : $createTextNode(text[0]).setFormat(text[1]))),
  );

const find = (editor: LexicalEditor, query: string, matchCase = false) =>
  editor.getEditorState().read(() => $findMatches(query, { matchCase }));

const texts = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent()),
  );

describe('$findMatches', () => {
  const editor = editorWith(() => {
    $getRoot().append(
      $createHeadingNode('h1').append($createTextNode('Supplier audit')),
      paragraph('Every supplier is audited; ', ['SUPPLIER', IS_BOLD], ' ratings are kept.'),
      $createGuidanceNode([{ type: 'paragraph', children: [{ type: 'text', text: 'supplier guidance' }] }] as never),
    );
  });

  it('finds every occurrence, ignoring case unless asked, and skips guidance for the author', () => {
    expect(find(editor, 'supplier')).toHaveLength(3);
    expect(find(editor, 'supplier', true)).toHaveLength(1);
    expect(find(editor, '')).toEqual([]);
  });

  it('treats the query as text, not as a pattern', () => {
    expect(find(editor, 'audit.')).toHaveLength(0);
    expect(find(editor, '.*')).toHaveLength(0);
  });

  it('finds a match spanning text of different formats within one block', () => {
    const matches = find(editor, 'audited; SUP');
    expect(matches).toHaveLength(1);
    expect(matches[0]?.segments).toHaveLength(2);
  });

  it('does not match across blocks or line breaks', () => {
    const split = editorWith(() => {
      $getRoot().append(paragraph('end of one'), paragraph('two starts'));
      $getRoot().append($createParagraphNode().append($createTextNode('line'), $createLineBreakNode(), $createTextNode('break')));
    });
    expect(find(split, 'one two')).toHaveLength(0);
    expect(find(split, 'linebreak')).toHaveLength(0);
  });

  it('finds text inside a link', () => {
    const linked = editorWith(() => {
      $getRoot().append(
        $createParagraphNode().append(
          $createTextNode('See '),
          $createLinkNode('https://iso.org').append($createTextNode('ISO 9001')),
        ),
      );
    });
    expect(find(linked, 'see iso')).toHaveLength(1);
  });
});

describe('$replaceMatch and $replaceAll', () => {
  it('replaces one match and leaves the others', () => {
    const editor = editorWith(() => $getRoot().append(paragraph('the supplier and the supplier')));
    const [first] = find(editor, 'supplier');
    editor.update(() => void $replaceMatch(first as TextMatch, 'provider'), { discrete: true });
    expect(texts(editor)).toEqual(['the provider and the supplier']);
  });

  it('replaces every match in one update, across formats, keeping the first part’s format', () => {
    const editor = editorWith(() => {
      $getRoot().append(paragraph('Supplier one, ', ['supp', IS_BOLD], 'lier two'), paragraph('third supplier'));
    });
    const matches = find(editor, 'supplier');
    expect(matches).toHaveLength(3);
    editor.update(() => void $replaceAll(matches, 'external provider'), { discrete: true });
    expect(texts(editor)).toEqual(['external provider one, external provider two', 'third external provider']);
    const formats = editor.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .map((node) => [node.getTextContent(), node.getFormat()]),
    );
    expect(formats).toContainEqual(['external provider', IS_BOLD]);
    expect(find(editor, 'supplier')).toHaveLength(0);
  });

  it('replaces with nothing, removing the matched text', () => {
    const editor = editorWith(() => $getRoot().append(paragraph('keep ', ['DRAFT', IS_BOLD], ' this')));
    editor.update(() => void $replaceAll(find(editor, 'DRAFT '), ''), { discrete: true });
    expect(texts(editor)).toEqual(['keep this']);
  });

  it('changes nothing when the document changed under a match', () => {
    const editor = editorWith(() => $getRoot().append(paragraph('short')));
    const stale: TextMatch = { segments: [{ key: find(editor, 'short')[0]?.segments[0]?.key ?? '', start: 2, end: 40 }] };
    let replaced = true;
    editor.update(
      () => {
        replaced = $replaceMatch(stale, 'x');
      },
      { discrete: true },
    );
    expect(replaced).toBe(false);
    expect(texts(editor)).toEqual(['short']);
  });
});

describe('$selectMatch', () => {
  it('selects exactly the matched text', () => {
    const editor = editorWith(() => $getRoot().append(paragraph('one ', ['two', IS_BOLD], ' three')));
    const [match] = find(editor, 'ne tw');
    let selected = '';
    editor.update(
      () => {
        $selectMatch(match as TextMatch);
        const selection = $getSelection();
        selected = $isRangeSelection(selection) ? selection.getTextContent() : '';
      },
      { discrete: true },
    );
    expect(selected).toBe('ne tw');
  });
});

describe('$firstMatchFromCaret', () => {
  it('gives the first match at or after the caret, and the first of all when none follows it', () => {
    const editor = editorWith(() => $getRoot().append(paragraph('audit one'), paragraph('audit two audit three')));
    const matches = find(editor, 'audit');
    const fromCaret = (block: number, offset: number) => {
      let index = -1;
      editor.update(
        () => {
          $getRoot().getAllTextNodes()[block]?.select(offset, offset);
          index = $firstMatchFromCaret(matches);
        },
        { discrete: true },
      );
      return index;
    };
    expect(fromCaret(0, 0)).toBe(0);
    expect(fromCaret(0, 3)).toBe(1);
    expect(fromCaret(1, 6)).toBe(2);
    expect(fromCaret(1, 15)).toBe(0);
  });
});
