import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $sectionClause } from '../../../src-renderer/src/editor/clause-tags/section';
import { EDITOR_NODES } from '../../../src-renderer/src/editor/nodes';
import { documentContent, heading, paragraph, textNode } from '../../../src-shared/editor/nodes';

const tagged = <T extends object>(node: T, clause: string) => ({ ...node, $: { clause } });

/** The clause the guidance shows with the cursor in each top-level block, in order. */
function clausesByBlock(blocks: unknown[]): Array<string | null> {
  const editor = createHeadlessEditor({
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(documentContent(blocks as never))));
  const count = editor.getEditorState().read(() => $getRoot().getChildrenSize());
  const out: Array<string | null> = [];
  for (let i = 0; i < count; i += 1) {
    editor.update(() => ($getRoot().getChildAtIndex(i) as LexicalNode & { selectStart(): void }).selectStart(), {
      discrete: true,
    });
    out.push(editor.getEditorState().read($sectionClause));
  }
  return out;
}

describe('the clause of the section at the cursor', () => {
  it('is the tag of the section’s heading, inherited by its subsections, and not carried into the next section', () => {
    expect(
      clausesByBlock([
        paragraph([textNode('Introduction')]),
        tagged(heading('h1', [textNode('Control')]), '7.5.3'),
        paragraph([textNode('text')]),
        heading('h2', [textNode('Access')]),
        paragraph([textNode('text')]),
        tagged(heading('h2', [textNode('Retention')]), '7.5.3.2'),
        paragraph([textNode('text')]),
        heading('h2', [textNode('Disposal')]),
        heading('h1', [textNode('Related documents')]),
        paragraph([textNode('text')]),
      ]),
    ).toEqual([null, '7.5.3', '7.5.3', '7.5.3', '7.5.3', '7.5.3.2', '7.5.3.2', '7.5.3', null, null]);
  });

  it('counts a tagged block before the first heading', () => {
    expect(clausesByBlock([tagged(paragraph([textNode('Scope')]), '4.3'), paragraph([textNode('more')])])).toEqual([
      '4.3',
      '4.3',
    ]);
  });
});
