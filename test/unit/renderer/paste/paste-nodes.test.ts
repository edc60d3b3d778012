import { readFileSync } from 'node:fs';
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createTableCellNode, $createTableNode, $createTableRowNode } from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, IS_CODE, IS_HIGHLIGHT } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../../../../src-renderer/src/editor/nodes';
import { $nodesForSelection, $nodesFromPastedHtml } from '../../../../src-renderer/src/editor/plugins/paste/PastePlugin';
import { $sanitizePastedNodes } from '../../../../src-renderer/src/editor/plugins/paste/sanitize-nodes';
import { type SerializedNodeShape, serializedContentSchema, walkNodes } from '../../../../src-shared/editor/serialized-content';

function newEditor() {
  return createHeadlessEditor({
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** Pastes HTML into an empty headless editor and gives back the saved JSON. */
function pasted(html: string) {
  const editor = newEditor();
  editor.update(
    () =>
      $getRoot()
        .clear()
        .append(...$nodesFromPastedHtml(editor, html)),
    { discrete: true },
  );
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
}

const nodesOf = (content: { root: SerializedNodeShape }) => [...walkNodes(content.root.children ?? [])].map(({ node }) => node);
const fixture = (name: string) => readFileSync(`test/fixtures/paste/${name}`, 'utf8');

describe('pasting Word 365 HTML (a heading, coloured text, a table and lists)', () => {
  const content = pasted(fixture('word-table-and-nested-list.html'));
  const nodes = nodesOf(content);
  const blocks = content.root.children as SerializedNodeShape[];

  it('is a document the project’s content schema accepts', () => {
    expect(serializedContentSchema.safeParse(content).success).toBe(true);
  });

  it('has a heading, a table of 3 rows by 3 cells with a header row, a nested bulleted list and a numbered list', () => {
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'table', 'list', 'list', 'paragraph']);
    const table = blocks[2] as unknown as { children: Array<{ children: Array<{ headerState: number }> }> };
    expect(table.children).toHaveLength(3);
    expect(table.children.every((row) => row.children.length === 3)).toBe(true);
    expect(table.children[0]?.children.every((cell) => (cell.headerState & 1) === 1)).toBe(true);
    expect(table.children[1]?.children.every((cell) => cell.headerState === 0)).toBe(true);
    const [bullets, numbers] = [blocks[3], blocks[4]] as Array<SerializedNodeShape & { listType: string }>;
    if (!bullets || !numbers) throw new Error('the two lists are missing');
    expect(bullets.listType).toBe('bullet');
    expect(numbers.listType).toBe('number');
    const nested = nodes.filter((node) => node.type === 'list' && node !== bullets && node !== numbers);
    expect(nested).toHaveLength(1);
    expect(JSON.stringify(nested[0])).toContain('The date is in the future');
  });

  it('keeps bold, italic, underline and strikethrough and drops styles, fonts, colours, comments and images', () => {
    const texts = nodes.filter((node) => node.type === 'text') as Array<
      SerializedNodeShape & { text: string; format: number; style: string }
    >;
    expect(texts.every((text) => text.style === '')).toBe(true);
    expect(texts.find((text) => text.text === 'calibrated every twelve months')?.format).toBe(1);
    expect(texts.find((text) => text.text === 'unbroken')?.format).toBe(8);
    expect(texts.find((text) => text.text === 'earlier')?.format).toBe(4);
    const all = texts.map((text) => text.text).join('|');
    expect(all).not.toMatch(/EM1|EM2|Ask the lab|·/);
    expect(nodes.some((node) => node.type === 'image')).toBe(false);
  });

  it('keeps the web link and reduces the link to a local file to its text', () => {
    const links = nodes.filter((node) => node.type === 'link') as Array<SerializedNodeShape & { url: string }>;
    expect(links.map((link) => link.url)).toEqual(['https://www.iso.org/standard/62085.html']);
    expect(JSON.stringify(blocks[1])).toContain('the local register');
  });
});

describe('pasting a Google Docs / web page fragment', () => {
  const content = pasted(fixture('web-page-google-docs.html'));
  const nodes = nodesOf(content);

  it('is a document the content schema accepts, with a table, lists, a check list and safe links only', () => {
    expect(serializedContentSchema.safeParse(content).success).toBe(true);
    expect(nodes.filter((node) => node.type === 'table')).toHaveLength(1);
    const lists = nodes.filter((node) => node.type === 'list') as Array<SerializedNodeShape & { listType: string }>;
    expect(lists.map((list) => list.listType)).toEqual(['bullet', 'bullet', 'check']);
    const links = nodes.filter((node) => node.type === 'link') as Array<SerializedNodeShape & { url: string }>;
    expect(links.map((link) => link.url)).toEqual(['https://example.com/privacy', 'mailto:quality@example.com']);
  });

  it('reads Google Docs’ CSS bold and italic, and does not make everything bold from its <b> wrapper', () => {
    const texts = nodes.filter((node) => node.type === 'text') as Array<SerializedNodeShape & { text: string; format: number }>;
    expect(texts.find((text) => text.text === 'Suppliers are rated ')?.format).toBe(0);
    expect(texts.find((text) => text.text === 'once a year')?.format).toBe(1);
    expect(texts.find((text) => text.text === ' on delivery')?.format).toBe(2);
  });
});

describe('$sanitizePastedNodes', () => {
  it('clears inline styles and alignment, drops unsupported formats, demotes h5 and unwraps unsafe links', () => {
    const editor = newEditor();
    editor.update(
      () => {
        const text = $createTextNode('styled').setStyle('color: red; font-family: Comic Sans MS');
        text.setFormat(1 | IS_CODE | IS_HIGHLIGHT);
        const paragraph = $createParagraphNode().append(
          text,
          $createLinkNode('javascript:alert(1)').append($createTextNode('bad')),
        );
        paragraph.setFormat('center');
        paragraph.setIndent(3);
        const heading = $createHeadingNode('h5').append($createTextNode('Deep'));
        $getRoot()
          .clear()
          .append(...$sanitizePastedNodes([paragraph, heading]));
      },
      { discrete: true },
    );
    const content = JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
    const [paragraph, heading] = content.root.children;
    expect(paragraph.format).toBe('');
    expect(paragraph.indent).toBe(0);
    expect(paragraph.children.map((child: { type: string }) => child.type)).toEqual(['text', 'text']);
    expect(paragraph.children[0]).toMatchObject({ text: 'styled', style: '', format: 1 });
    expect(paragraph.children[1]).toMatchObject({ text: 'bad', style: '' });
    expect(heading.tag).toBe('h3');
  });

  it('turns a table inside a table cell into the cell’s paragraphs', () => {
    const editor = newEditor();
    editor.update(
      () => {
        const cell = (text: string) => $createTableCellNode().append($createParagraphNode().append($createTextNode(text)));
        const inner = $createTableNode().append($createTableRowNode().append(cell('inner a'), cell('inner b')));
        const outerCell = $createTableCellNode().append($createParagraphNode().append($createTextNode('outer')), inner);
        const outer = $createTableNode().append($createTableRowNode().append(outerCell));
        $getRoot()
          .clear()
          .append(...$sanitizePastedNodes([outer]));
      },
      { discrete: true },
    );
    const content = JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
    expect(serializedContentSchema.safeParse(content).success).toBe(true);
    const cell = content.root.children[0].children[0].children[0];
    expect(cell.children.map((block: { type: string }) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(JSON.stringify(cell)).toContain('inner b');
  });
});

describe('$nodesForSelection', () => {
  it('inside a table cell, turns pasted tables among other content into their cells’ blocks, so the paste is not refused', () => {
    const editor = newEditor();
    const html = fixture('word-table-and-nested-list.html');
    let types: string[] = [];
    let typesOutside: string[] = [];
    editor.update(
      () => {
        const paragraph = $createParagraphNode().append($createTextNode('cell'));
        const outside = $createParagraphNode().append($createTextNode('outside'));
        $getRoot()
          .clear()
          .append($createTableNode().append($createTableRowNode().append($createTableCellNode().append(paragraph))), outside);
        paragraph.selectEnd();
        const inCell = $getSelection();
        if (!inCell) throw new Error('no selection');
        types = $nodesForSelection($nodesFromPastedHtml(editor, html), inCell).map((node) => node.getType());
        outside.selectEnd();
        const afterTable = $getSelection();
        if (!afterTable) throw new Error('no selection');
        typesOutside = $nodesForSelection($nodesFromPastedHtml(editor, html), afterTable).map((node) => node.getType());
      },
      { discrete: true },
    );
    expect(types).not.toContain('table');
    expect(types.filter((type) => type === 'paragraph').length).toBeGreaterThanOrEqual(9);
    expect(typesOutside).toContain('table');
  });
});
