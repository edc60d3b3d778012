import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentBlocks } from '../../../../../src-shared/editor/compare/compare-blocks';
import { type Comparison, compareContent, describeSummary } from '../../../../../src-shared/editor/compare/compare-content';
import { diffSequences } from '../../../../../src-shared/editor/compare/sequence-diff';
import { diffWords } from '../../../../../src-shared/editor/compare/word-diff';
import {
  documentContent,
  field,
  guidance,
  heading,
  list,
  listItem,
  paragraph,
  paragraphsContent,
  table,
  tableCell,
  tableRow,
  textNode,
} from '../../../../../src-shared/editor/nodes';

const p = (text: string) => paragraph([textNode(text)]);
const h = (text: string) => heading('h2', [textNode(text)]);
const row = (...cells: string[]) => tableRow(cells.map((cell) => tableCell([p(cell)])));

/** The comparison as a reader sees it: one line per block, marked + added, - removed, ~ changed. */
function lines(comparison: Comparison): string[] {
  return comparison.blocks.map((entry) => {
    if (entry.change === 'same') return `  ${entry.block.text}`;
    if (entry.change === 'inserted') return `+ ${entry.block.text}`;
    if (entry.change === 'deleted') return `- ${entry.block.text}`;
    return `~ ${entry.segments
      .map((s) => (s.change === 'same' ? s.text : s.change === 'inserted' ? `[+${s.text}]` : `[-${s.text}]`))
      .join('')}`;
  });
}

describe('comparing two revisions block by block', () => {
  const cases: Array<{ name: string; before: string[]; after: string[]; shown: string[]; summary: string }> = [
    {
      name: 'identical documents have no changes',
      before: ['Scope', 'We make valves.'],
      after: ['Scope', 'We make valves.'],
      shown: ['  Scope', '  We make valves.'],
      summary: 'No changes',
    },
    {
      name: 'an inserted block',
      before: ['Scope', 'We make valves.'],
      after: ['Scope', 'Our customers are refineries.', 'We make valves.'],
      shown: ['  Scope', '+ Our customers are refineries.', '  We make valves.'],
      summary: '1 block added',
    },
    {
      name: 'a deleted block',
      before: ['Scope', 'Obsolete sentence here.', 'We make valves.'],
      after: ['Scope', 'We make valves.'],
      shown: ['  Scope', '- Obsolete sentence here.', '  We make valves.'],
      summary: '1 block removed',
    },
    {
      name: 'a changed word inside a block',
      before: ['Our policy is to meet requirements.'],
      after: ['Our policy is to exceed requirements.'],
      shown: ['~ Our policy is to [-meet][+exceed] requirements.'],
      summary: '1 block changed',
    },
    {
      name: 'a moved block shows as deleted where it was and inserted where it is',
      before: ['Alpha first.', 'Bravo second.', 'Charlie third.'],
      after: ['Bravo second.', 'Charlie third.', 'Alpha first.'],
      shown: ['- Alpha first.', '  Bravo second.', '  Charlie third.', '+ Alpha first.'],
      summary: '1 block added, 1 removed',
    },
    {
      name: 'a block replaced by an unrelated one is a deletion and an insertion, not an edit',
      before: ['Keep.', 'The warehouse is swept daily.'],
      after: ['Keep.', 'Calibration records go to the quality office.'],
      shown: ['  Keep.', '- The warehouse is swept daily.', '+ Calibration records go to the quality office.'],
      summary: '1 block added, 1 removed',
    },
    { name: 'two empty documents', before: [], after: [], shown: [], summary: 'No changes' },
    {
      name: 'everything new after an empty document',
      before: [],
      after: ['One.', 'Two.'],
      shown: ['+ One.', '+ Two.'],
      summary: '2 blocks added',
    },
    {
      name: 'everything gone',
      before: ['One.', 'Two.'],
      after: [],
      shown: ['- One.', '- Two.'],
      summary: '2 blocks removed',
    },
  ];
  it.each(cases)('$name', ({ before, after, shown, summary }) => {
    const comparison = compareContent(paragraphsContent(...before), paragraphsContent(...after));
    expect(lines(comparison)).toEqual(shown);
    expect(describeSummary(comparison.summary)).toBe(summary);
  });

  it('counts changed, added and removed blocks in one summary', () => {
    const comparison = compareContent(
      paragraphsContent('Alpha one two three.', 'Bravo one two three.', 'Gone entirely now.', 'Delta one two three.'),
      paragraphsContent('Alpha one two four.', 'Bravo one two four.', 'Delta one two four.', 'Brand new words.'),
    );
    expect(comparison.summary).toEqual({ changed: 3, added: 1, removed: 1 });
    expect(describeSummary(comparison.summary)).toBe('3 blocks changed, 1 added, 1 removed');
  });

  it('joins neighbouring changed words into one deleted and one inserted run', () => {
    expect(diffWords('the quick brown fox', 'the slow red fox')).toEqual([
      { change: 'same', text: 'the ' },
      { change: 'deleted', text: 'quick brown' },
      { change: 'inserted', text: 'slow red' },
      { change: 'same', text: ' fox' },
    ]);
  });

  it('marks punctuation apart from the word it follows', () => {
    expect(diffWords('Records are kept.', 'Records are kept, signed.')).toEqual([
      { change: 'same', text: 'Records are kept' },
      { change: 'inserted', text: ', signed' },
      { change: 'same', text: '.' },
    ]);
  });

  it('compares a heading made a paragraph as a changed block', () => {
    const comparison = compareContent(documentContent([h('Purpose')]), documentContent([p('Purpose')]));
    expect(comparison.blocks).toMatchObject([{ change: 'changed', block: { kind: 'paragraph' }, before: { kind: 'heading' } }]);
  });
});

describe('what is compared', () => {
  it('compares lists item by item and tables row by row, cells apart by tabs', () => {
    const before = documentContent([
      list('bullet', [listItem([textNode('Boots')]), listItem([textNode('Gloves')])]),
      table([row('Record', 'Kept for'), row('Training', '3 years')]),
    ]);
    const after = documentContent([
      list('bullet', [listItem([textNode('Boots')]), listItem([textNode('Gloves')]), listItem([textNode('Goggles')])]),
      table([row('Record', 'Kept for'), row('Training', '5 years')]),
    ]);
    expect(lines(compareContent(before, after))).toEqual([
      '  Boots',
      '  Gloves',
      '+ Goggles',
      '  Record\tKept for',
      '~ Training\t[-3][+5] years',
    ]);
  });

  it('leaves guidance for the author out, and shows fields by their path', () => {
    const content = documentContent([
      guidance([p('Say who approves this.')]),
      paragraph([textNode('Approved by '), field('organization.topManager.name')]),
    ]);
    expect(contentBlocks(content.root).map((block) => block.text)).toEqual(['Approved by {{organization.topManager.name}}']);
  });

  it('counts a ticked check-list item as changed', () => {
    const before = documentContent([list('check', [listItem([textNode('Audit plan sent')], 0, false)])]);
    const after = documentContent([list('check', [listItem([textNode('Audit plan sent')], 0, true)])]);
    expect(compareContent(before, after).summary).toEqual({ changed: 1, added: 0, removed: 0 });
  });

  it('compares a block type it does not know by its type and text', () => {
    const content = { root: { type: 'root', version: 1, children: [{ type: 'pagebreak', version: 1 }] } };
    expect(contentBlocks(content.root)).toEqual([{ kind: 'other', detail: 'pagebreak', depth: 0, text: '' }]);
  });
});

describe('the edit script under the comparison', () => {
  const apply = (a: string[], b: string[]) => {
    const steps = diffSequences(a, b);
    return {
      rebuiltB: steps.filter((s) => s.op !== 'delete').map((s) => (s.op === 'equal' ? a[s.a] : b[s.b])),
      rebuiltA: steps.filter((s) => s.op !== 'insert').map((s) => a[s.op === 'equal' || s.op === 'delete' ? s.a : -1]),
      equal: steps.filter((s) => s.op === 'equal').length,
    };
  };

  it('rebuilds both sequences, keeping a longest common subsequence', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 12 }),
        fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 12 }),
        (a, b) => {
          const { rebuiltA, rebuiltB, equal } = apply(a, b);
          expect(rebuiltA).toEqual(a);
          expect(rebuiltB).toEqual(b);
          expect(equal).toBe(lcsLength(a, b));
        },
      ),
    );
  });

  it('gives up searching past its limit and replaces the middle whole, still correctly', () => {
    const a = ['same', 'x1', 'x2', 'x3', 'end'];
    const b = ['same', 'y1', 'y2', 'end'];
    expect(diffSequences(a, b, 2).map((s) => s.op)).toEqual(['equal', 'delete', 'delete', 'delete', 'insert', 'insert', 'equal']);
  });
});

function lcsLength(a: readonly string[], b: readonly string[]): number {
  // One row at a time: row[j] is the LCS length of a[0..i) and b[0..j).
  let row = new Array<number>(b.length + 1).fill(0);
  for (const itemA of a) {
    const next = [0];
    b.forEach((itemB, j) => {
      next.push(itemA === itemB ? (row[j] ?? 0) + 1 : Math.max(row[j + 1] ?? 0, next[j] ?? 0));
    });
    row = next;
  }
  return row[b.length] ?? 0;
}
