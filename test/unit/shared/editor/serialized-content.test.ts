import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_NODES } from '../../../../src-shared/editor/nodes';
import { contentToPlainText, serializedContentSchema } from '../../../../src-shared/editor/serialized-content';
import { documentFileSchema } from '../../../../src-shared/project/schema';
import { SAMPLE_PROJECT } from '../../../support/paths';

const samplePolicy = documentFileSchema.parse(
  JSON.parse(readFileSync(join(SAMPLE_PROJECT, 'documents', 'POL-001.json'), 'utf8')),
);

describe('stored document content', () => {
  it('loads into a headless Lexical editor with the shared node set and comes back unchanged', () => {
    const editor = createHeadlessEditor({
      nodes: [...DOCUMENT_NODES],
      onError: (error) => {
        throw error;
      },
    });
    const state = editor.parseEditorState(JSON.stringify(samplePolicy.content));
    expect(JSON.parse(JSON.stringify(state.toJSON()))).toEqual(samplePolicy.content);
  });

  it('refuses content without a root, with a node lacking a type, or with a root inside the tree', () => {
    expect(serializedContentSchema.safeParse({}).success).toBe(false);
    expect(serializedContentSchema.safeParse({ root: { type: 'paragraph', version: 1, children: [] } }).success).toBe(false);
    const badChild = { root: { type: 'root', version: 1, children: [{ version: 1 }] } };
    expect(serializedContentSchema.safeParse(badChild).success).toBe(false);
    const nestedRoot = { root: { type: 'root', version: 1, children: [{ type: 'root', version: 1, children: [] }] } };
    expect(serializedContentSchema.safeParse(nestedRoot).success).toBe(false);
  });

  it('refuses node types a document cannot hold and tags a heading or list cannot have, at any depth', () => {
    const withChild = (child: Record<string, unknown>) => ({
      root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [child] }] },
    });
    expect(serializedContentSchema.safeParse(withChild({ type: 'text', version: 1, text: 'ok' })).success).toBe(true);
    expect(serializedContentSchema.safeParse(withChild({ type: 'table', version: 1, children: [] })).success).toBe(false);
    const badHeading = {
      root: { type: 'root', version: 1, children: [{ type: 'heading', version: 1, tag: 'script', children: [] }] },
    };
    expect(serializedContentSchema.safeParse(badHeading).success).toBe(false);
    const deepRoot = {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'list', tag: 'ul', version: 1, children: [{ type: 'root', version: 1 }] }],
      },
    };
    expect(serializedContentSchema.safeParse(deepRoot).success).toBe(false);
  });

  it('reads as plain text, one block a line, list items included', () => {
    const text = contentToPlainText(samplePolicy.content);
    const lines = text.split('\n');
    expect(lines).toContain('Our commitments');
    expect(lines.some((line) => line.startsWith('We will not ship a part'))).toBe(true);
    expect(lines.at(-1)).toBe('Elaine Marsh, Managing Director');
  });
});
