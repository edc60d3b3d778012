import { diffSequences } from './sequence-diff';

export type TextChange = 'same' | 'inserted' | 'deleted';

export interface TextSegment {
  change: TextChange;
  text: string;
}

/** Words, runs of white space, and single punctuation marks: "policy," changes as "policy" plus ",". */
const TOKEN = /\s+|[\p{L}\p{N}\p{M}_]+|[^\s\p{L}\p{N}\p{M}_]/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * What changed inside one block, word by word: the text of both versions as runs of
 * same, deleted and inserted text. In each place that changed the deleted words come
 * before the inserted ones, and a lone space between two changes joins them, so a
 * reader sees "~~quick brown~~ _slow red_" rather than four alternating fragments.
 */
export function diffWords(before: string, after: string): TextSegment[] {
  const a = tokens(before);
  const b = tokens(after);
  const raw: TextSegment[] = diffSequences(a, b).map((step) =>
    step.op === 'equal'
      ? { change: 'same', text: b[step.b] ?? '' }
      : step.op === 'delete'
        ? { change: 'deleted', text: a[step.a] ?? '' }
        : { change: 'inserted', text: b[step.b] ?? '' },
  );
  return groupChanges(raw);
}

function groupChanges(steps: readonly TextSegment[]): TextSegment[] {
  const out: TextSegment[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ change: 'deleted', text: deleted });
    if (inserted) out.push({ change: 'inserted', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i] as TextSegment;
    if (step.change === 'same') {
      const inChange = deleted !== '' || inserted !== '';
      const next = steps[i + 1];
      if (inChange && /^\s+$/.test(step.text) && next !== undefined && next.change !== 'same') {
        deleted += step.text;
        inserted += step.text;
        continue;
      }
      flush();
      const last = out.at(-1);
      if (last?.change === 'same') last.text += step.text;
      else out.push({ change: 'same', text: step.text });
    } else if (step.change === 'deleted') deleted += step.text;
    else inserted += step.text;
  }
  flush();
  return out;
}

/**
 * How alike two texts are, from 0 (no word in common) to 1 (the same words): twice the
 * words they share over the words both have. Used to tell an edited block from one
 * replaced by another.
 */
export function similarity(before: string, after: string): number {
  const words = (text: string) => tokens(text).filter((token) => /[\p{L}\p{N}]/u.test(token));
  const a = words(before);
  const b = words(after);
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
