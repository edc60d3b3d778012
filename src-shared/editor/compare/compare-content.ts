import type { SerializedNodeShape } from '../serialized-content';
import { blockKey, type CompareBlock, contentBlocks } from './compare-blocks';
import { diffSequences } from './sequence-diff';
import { diffWords, similarity, type TextSegment } from './word-diff';

export type BlockComparison =
  | { change: 'same'; block: CompareBlock }
  | { change: 'inserted'; block: CompareBlock }
  | { change: 'deleted'; block: CompareBlock }
  /** The block as it is now, what it was, and its text word by word. */
  | { change: 'changed'; block: CompareBlock; before: CompareBlock; segments: TextSegment[] };

export interface ComparisonSummary {
  changed: number;
  added: number;
  removed: number;
}

export interface Comparison {
  blocks: BlockComparison[];
  summary: ComparisonSummary;
}

/** A deleted and an inserted block in the same place are one edited block when at least this alike. */
const EDITED_SIMILARITY = 0.5;

type Content = { root: { children: readonly SerializedNodeShape[] } };

/**
 * What changed from one revision of a document to another (the approved one to the
 * working draft), block by block: blocks are aligned by a longest common subsequence
 * of their text, and a block replaced in place by a similar one is shown as changed,
 * word by word. A block moved elsewhere shows as deleted where it was and inserted
 * where it is now.
 */
export function compareContent(before: Content, after: Content, fieldText?: (path: string) => string): Comparison {
  return compareBlocks(contentBlocks(before.root, fieldText), contentBlocks(after.root, fieldText));
}

export function compareBlocks(before: readonly CompareBlock[], after: readonly CompareBlock[]): Comparison {
  const steps = diffSequences(before.map(blockKey), after.map(blockKey));
  const blocks: BlockComparison[] = [];
  let deleted: CompareBlock[] = [];
  let inserted: CompareBlock[] = [];
  const flush = () => {
    blocks.push(...pairEdits(deleted, inserted));
    deleted = [];
    inserted = [];
  };
  for (const step of steps) {
    if (step.op === 'equal') {
      flush();
      blocks.push({ change: 'same', block: after[step.b] as CompareBlock });
    } else if (step.op === 'delete') deleted.push(before[step.a] as CompareBlock);
    else inserted.push(after[step.b] as CompareBlock);
  }
  flush();
  return { blocks, summary: summarize(blocks) };
}

/**
 * Between two unchanged blocks: pairs each inserted block with the first similar deleted
 * one after the last pair (keeping both in order), as an edit; the rest stay deleted or
 * inserted, deleted ones first at each place.
 */
function pairEdits(deleted: readonly CompareBlock[], inserted: readonly CompareBlock[]): BlockComparison[] {
  const out: BlockComparison[] = [];
  let nextDeleted = 0;
  let nextInserted = 0;
  for (let i = 0; i < inserted.length; i += 1) {
    const block = inserted[i] as CompareBlock;
    let match = -1;
    for (let d = nextDeleted; d < deleted.length; d += 1) {
      if (similarity((deleted[d] as CompareBlock).text, block.text) >= EDITED_SIMILARITY) {
        match = d;
        break;
      }
    }
    if (match < 0) continue;
    for (; nextDeleted < match; nextDeleted += 1) out.push({ change: 'deleted', block: deleted[nextDeleted] as CompareBlock });
    for (; nextInserted < i; nextInserted += 1) out.push({ change: 'inserted', block: inserted[nextInserted] as CompareBlock });
    const before = deleted[match] as CompareBlock;
    out.push({ change: 'changed', block, before, segments: diffWords(before.text, block.text) });
    nextDeleted = match + 1;
    nextInserted = i + 1;
  }
  for (; nextDeleted < deleted.length; nextDeleted += 1)
    out.push({ change: 'deleted', block: deleted[nextDeleted] as CompareBlock });
  for (; nextInserted < inserted.length; nextInserted += 1)
    out.push({ change: 'inserted', block: inserted[nextInserted] as CompareBlock });
  return out;
}

function summarize(blocks: readonly BlockComparison[]): ComparisonSummary {
  const summary: ComparisonSummary = { changed: 0, added: 0, removed: 0 };
  for (const { change } of blocks) {
    if (change === 'changed') summary.changed += 1;
    else if (change === 'inserted') summary.added += 1;
    else if (change === 'deleted') summary.removed += 1;
  }
  return summary;
}

/** "3 blocks changed, 1 added, 1 removed", or "No changes" when the two are the same. */
export function describeSummary({ changed, added, removed }: ComparisonSummary): string {
  const parts = (
    [
      [changed, 'changed'],
      [added, 'added'],
      [removed, 'removed'],
    ] as const
  ).filter(([count]) => count > 0);
  if (parts.length === 0) return 'No changes';
  // The noun goes with the first figure only: "3 blocks changed, 1 added".
  return parts
    .map(([count, verb], index) => (index === 0 ? `${count} ${count === 1 ? 'block' : 'blocks'} ${verb}` : `${count} ${verb}`))
    .join(', ');
}
