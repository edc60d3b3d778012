import { $createHorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { $getRoot, $getSelection, $isRangeSelection, $isTextNode, type ElementNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $insertTopLevelBlock } from '../../../../src-renderer/src/editor/insert-block';
import { $clearFormatting } from '../../../../src-renderer/src/editor/plugins/clear-formatting/clear-formatting';
import { $applyLink, $linkAtCursor, $removeLink } from '../../../../src-renderer/src/editor/plugins/links/link-actions';
import { $insertPageBreak } from '../../../../src-renderer/src/editor/plugins/page-break/page-break';
import { $insertDocumentTable } from '../../../../src-renderer/src/editor/plugins/tables/table-actions';
import { documentContent, paragraph, TEXT_FORMAT, textNode } from '../../../../src-shared/editor/nodes';
import type { SerializedContent } from '../../../../src-shared/editor/serialized-content';
import { change, editorWith, saved } from './headless';

const first = () => $getRoot().getFirstChildOrThrow<ElementNode>();

/** Selects characters [from, to) of the first paragraph's first text node. */
function $selectText(from: number, to: number) {
  const text = first().getFirstChildOrThrow<TextNode>();
  text.select(from, to);
}

const paragraphs = (content: SerializedContent) => content.root.children.map((block) => block.children ?? []);

describe('links', () => {
  const start = () => editorWith(documentContent([paragraph([textNode('See the retention schedule.')])]) as SerializedContent);

  it('links the selected words to a web address', () => {
    const editor = start();
    change(editor, () => $selectText(8, 26));
    expect(change(editor, () => $applyLink('https://example.com/retention'))).toBe(true);
    const [children] = paragraphs(saved(editor));
    expect(children?.map((node) => node.type)).toEqual(['text', 'link', 'text']);
    expect(children?.[1]).toMatchObject({ url: 'https://example.com/retention', children: [{ text: 'retention schedule' }] });
  });

  it('refuses javascript:, data: and file: addresses and changes nothing', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd']) {
      const editor = start();
      change(editor, () => $selectText(8, 26));
      const before = saved(editor);
      expect(change(editor, () => $applyLink(url))).toBe(false);
      expect(saved(editor)).toEqual(before);
    }
  });

  it('at a cursor outside a link, inserts the address as linked text', () => {
    const editor = start();
    change(editor, () => $getRoot().selectEnd());
    change(editor, () => $applyLink('mailto:quality@example.com'));
    const [children] = paragraphs(saved(editor));
    expect(children?.at(-1)).toMatchObject({ type: 'link', url: 'mailto:quality@example.com' });
  });

  it('changes the address of the link at the cursor, and removes it keeping its words', () => {
    const editor = start();
    change(editor, () => $selectText(8, 26));
    change(editor, () => $applyLink('https://example.com/old'));
    change(editor, () => {
      const link = first().getChildAtIndex<ElementNode>(1);
      link?.getFirstChildOrThrow<TextNode>().select(2, 2);
    });
    expect(editor.getEditorState().read(() => $linkAtCursor()?.getURL())).toBe('https://example.com/old');
    change(editor, () => $applyLink('https://example.com/new'));
    expect(paragraphs(saved(editor))[0]?.[1]).toMatchObject({ type: 'link', url: 'https://example.com/new' });
    change(editor, () => $removeLink());
    const content = saved(editor);
    expect(JSON.stringify(content)).not.toContain('"link"');
    expect(
      paragraphs(content)[0]
        ?.map((node) => node.text)
        .join(''),
    ).toBe('See the retention schedule.');
  });
});

describe('clear formatting', () => {
  const all = TEXT_FORMAT.bold | TEXT_FORMAT.italic | TEXT_FORMAT.underline | TEXT_FORMAT.strikethrough;

  it('takes every format off the selected words only', () => {
    const editor = editorWith(documentContent([paragraph([textNode('Kept for six years', all)])]) as SerializedContent);
    change(editor, () => $selectText(9, 12));
    expect(change(editor, () => $clearFormatting())).toBe(true);
    expect(paragraphs(saved(editor))[0]?.map((node) => [node.text, node.format])).toEqual([
      ['Kept for ', all],
      ['six', 0],
      [' years', all],
    ]);
  });

  it('at a cursor, makes what is typed next plain', () => {
    const editor = editorWith(documentContent([paragraph([textNode('Bold', TEXT_FORMAT.bold)])]) as SerializedContent);
    change(editor, () => $getRoot().selectEnd());
    change(editor, () => {
      $clearFormatting();
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(' plain');
    });
    expect(paragraphs(saved(editor))[0]?.map((node) => [node.text, node.format])).toEqual([
      ['Bold', TEXT_FORMAT.bold],
      [' plain', 0],
    ]);
  });

  it('also removes inline styles pasted text may carry', () => {
    const editor = editorWith(documentContent([paragraph([textNode('Styled')])]) as SerializedContent);
    change(editor, () => first().getFirstChildOrThrow<TextNode>().setStyle('color: red'));
    change(editor, () => $selectText(0, 6));
    change(editor, () => $clearFormatting());
    const style = editor.getEditorState().read(() => {
      const node = first().getFirstChild();
      return $isTextNode(node) ? node.getStyle() : null;
    });
    expect(style).toBe('');
  });
});

describe('page breaks and horizontal rules', () => {
  const start = () =>
    editorWith(documentContent([paragraph([textNode('Form A')]), paragraph([textNode('Form B')])]) as SerializedContent);

  it('inserts a page break after the block at the cursor', () => {
    const editor = start();
    change(editor, () => first().selectEnd());
    expect(change(editor, () => $insertPageBreak())).toBe(true);
    expect(saved(editor).root.children.map((node) => node.type)).toEqual(['paragraph', 'page-break', 'paragraph']);
  });

  it('splits a paragraph at the cursor for a horizontal rule', () => {
    const editor = start();
    change(editor, () => first().getFirstChildOrThrow<TextNode>().select(4, 4));
    change(editor, () => $insertTopLevelBlock($createHorizontalRuleNode()));
    const content = saved(editor);
    expect(content.root.children.map((node) => node.type)).toEqual(['paragraph', 'horizontalrule', 'paragraph', 'paragraph']);
    expect(paragraphs(content).map((children) => children.map((node) => node.text).join(''))).toEqual([
      'Form',
      '',
      ' A',
      'Form B',
    ]);
  });

  it('refuses both inside a table, where the document schema has no place for them', () => {
    const editor = start();
    change(editor, () => first().selectEnd());
    change(editor, () => $insertDocumentTable({ rows: 2, columns: 2, headerRow: false }));
    const before = saved(editor);
    expect(change(editor, () => $insertPageBreak())).toBe(false);
    expect(change(editor, () => $insertTopLevelBlock($createHorizontalRuleNode()))).toBe(false);
    expect(saved(editor)).toEqual(before);
  });
});
