import { createHeadlessEditor } from '@lexical/headless';
import { $dfs } from '@lexical/utils';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../../../src-renderer/src/editor/nodes';
import { $createFieldNode, $isFieldNode } from '../../../src-renderer/src/editor/nodes/FieldNode';
import { $isGuidanceNode } from '../../../src-renderer/src/editor/nodes/GuidanceNode';
import {
  DOCUMENT_NODE_TYPES,
  documentContent,
  field,
  guidance,
  horizontalRule,
  pageBreak,
  paragraph,
  textNode,
} from '../../../src-shared/editor/nodes';
import { type SerializedContent, serializedContentSchema, walkNodes } from '../../../src-shared/editor/serialized-content';
import { compileTemplate } from '../../../src-shared/templates/compile-template';

// The library's Markdown, bundled by Vite as it would be for the renderer.
const TEMPLATES = import.meta.glob<string>('../../../templates/iso-9001-2015/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function newEditor() {
  return createHeadlessEditor({
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** Loads content into the editor and gives back what Lexical serializes. */
function throughEditor(content: SerializedContent): unknown {
  const state = newEditor().parseEditorState(JSON.stringify(content));
  return JSON.parse(JSON.stringify(state.toJSON()));
}

/** The same, after Lexical's normalizing transforms have run on every node, as the first edit would. */
function throughEditorNormalized(content: SerializedContent): unknown {
  const editor = newEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(content)));
  editor.update(
    () => {
      for (const { node } of $dfs()) node.markDirty();
    },
    { discrete: true },
  );
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
}

const count = (content: unknown, type: string) =>
  [...walkNodes((content as SerializedContent).root.children)].filter(({ node }) => node.type === type).length;

describe('the editor’s node set', () => {
  it('registers exactly the node types the content schema admits', () => {
    const editor = newEditor();
    // Lexical's own internal helper node never appears in a document.
    const registered = [...(editor as unknown as { _nodes: Map<string, unknown> })._nodes.keys()].filter(
      (type) => type !== 'artificial',
    );
    expect(registered.sort()).toEqual(['root', ...DOCUMENT_NODE_TYPES].sort());
  });

  it('writes a field and a guidance block exactly as the shared builders do', () => {
    const content = documentContent([
      paragraph([textNode('We are '), field('organization.name', 1)]),
      guidance([paragraph([textNode('Say who you are.')])]),
    ]) as SerializedContent;
    expect(throughEditor(content)).toStrictEqual(content);
    expect(throughEditorNormalized(content)).toStrictEqual(content);
  });

  it('writes a horizontal rule and a page break exactly as the shared builders do', () => {
    const content = documentContent([
      paragraph([textNode('Part one')]),
      horizontalRule(),
      paragraph([textNode('Form A')]),
      pageBreak(),
      paragraph([textNode('Form B')]),
    ]) as SerializedContent;
    expect(throughEditor(content)).toStrictEqual(content);
    expect(throughEditorNormalized(content)).toStrictEqual(content);
  });

  it('keeps a field as a path, never as its value', () => {
    const editor = newEditor();
    editor.update(
      () => {
        const node = $createFieldNode('organization.qualityManager');
        expect($isFieldNode(node)).toBe(true);
        expect(node.getTextContent()).toBe('{{organization.qualityManager}}');
        expect(node.exportJSON()).toEqual({ type: 'field', version: 1, path: 'organization.qualityManager', format: 0 });
      },
      { discrete: true },
    );
  });
});

describe('every template through the compiler and into the editor', () => {
  const entries = Object.entries(TEMPLATES).map(([path, source]) => [path.split('/').at(-1) as string, source] as const);

  it('finds the whole library', () => {
    expect(entries).toHaveLength(32);
  });

  it.each(entries)(
    '%s loads and comes back without losing a heading, list item, table cell, field or guidance block',
    (_, source) => {
      const { content } = compileTemplate(source);
      expect(serializedContentSchema.safeParse(content).success).toBe(true);
      const loaded = throughEditor(content);
      const normalized = throughEditorNormalized(content);
      for (const type of ['heading', 'listitem', 'tablecell', 'field', 'guidance', 'link']) {
        expect(count(loaded, type), type).toBe(count(content, type));
        expect(count(normalized, type), type).toBe(count(content, type));
      }
      expect(loaded).toStrictEqual(content);
      expect(normalized).toStrictEqual(content);
    },
  );

  it('gives guidance nodes their body back unchanged', () => {
    const { content } = compileTemplate(TEMPLATES['../../../templates/iso-9001-2015/quality-policy.md'] as string);
    const editor = newEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(content)));
    const bodies = editor.getEditorState().read(() =>
      $dfs()
        .map(({ node }) => node)
        .filter($isGuidanceNode)
        .map((node) => node.getBody()),
    );
    expect(bodies.length).toBeGreaterThanOrEqual(2);
    expect(bodies[0]?.[0]).toMatchObject({ type: 'paragraph' });
  });
});
