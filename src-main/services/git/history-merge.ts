import { type HistoryEntry, historyEntrySchema } from '../../../src-shared/control/history';
import { stableJsonLine } from '../../../src-shared/json/stable-stringify';
import { lineHash } from '../history-log';

/**
 * history.jsonl when two copies of a project meet. git's union merge is not available
 * (isomorphic-git ignores merge drivers), and it would not be enough: it keeps both sides'
 * lines, but a document whose history grew on both sides would then have a forked chain.
 * Here both sides' lines are kept, and a forked document's lines are put one after the
 * other and re-linked (their `prev` changes, nothing else; both originals stay in the
 * version history), so every chain is one line again and `qms check` holds.
 */

/** One line of the log as written, with what it says when it can be read. */
export interface LogLine {
  text: string;
  entry: HistoryEntry | null;
}

export function parseLog(text: string): LogLine[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        const parsed = historyEntrySchema.safeParse(JSON.parse(line));
        return { text: line, entry: parsed.success ? parsed.data : null };
      } catch {
        return { text: line, entry: null };
      }
    });
}

/** What each side added to the log since the common version, in order. */
export interface LogSides {
  base: LogLine[];
  ours: LogLine[];
  theirs: LogLine[];
  /** Lines only ours has, and lines only theirs has. */
  oursNew: LogLine[];
  theirsNew: LogLine[];
}

export function logSides(base: string, ours: string, theirs: string): LogSides {
  const [b, o, t] = [parseLog(base), parseLog(ours), parseLog(theirs)];
  const inBase = new Set(b.map((line) => line.text));
  const inOurs = new Set(o.map((line) => line.text));
  return {
    base: b,
    ours: o,
    theirs: t,
    oursNew: o.filter((line) => !inBase.has(line.text)),
    theirsNew: t.filter((line) => !inBase.has(line.text) && !inOurs.has(line.text)),
  };
}

/** Documents whose history grew on both sides: their chains forked. */
export function forkedDocuments(sides: LogSides): Set<string> {
  const docs = (lines: LogLine[]) => new Set(lines.flatMap((line) => (line.entry ? [line.entry.document] : [])));
  const ours = docs(sides.oursNew);
  return new Set([...docs(sides.theirsNew)].filter((id) => ours.has(id)));
}

/** How one document's lines are to be laid out in the merged log. */
export interface DocumentHistoryPlan {
  /** The new lines this document's history takes, in their new order (from either side), re-linked as needed. */
  lines: LogLine[];
  /** Lines to add after them, without `prev` (it is computed). */
  append: Omit<HistoryEntry, 'prev'>[];
}

/**
 * The merged log: the common lines, then ours' new lines, then theirs', except the lines the
 * plans take (by document they go to), which are laid out at the end as planned: one
 * document's lines from both sides, or a renumbered document's lines under its new number.
 * Planned lines are re-linked as needed; every other line is kept byte for byte.
 */
export function mergeLog(sides: LogSides, plans: ReadonlyMap<string, DocumentHistoryPlan>): string {
  const taken = new Set([...plans.values()].flatMap((plan) => plan.lines.map((line) => line.text)));
  const kept = [...sides.ours, ...sides.theirsNew].filter((line) => !taken.has(line.text));
  const out = kept.map((line) => line.text);
  const lastOf = new Map<string, string>();
  for (const line of kept) if (line.entry) lastOf.set(line.entry.document, line.text);
  for (const [document, plan] of plans) {
    let previous: string | undefined = lastOf.get(document);
    const link = (entry: Record<string, unknown>) => {
      const text = stableJsonLine({ ...entry, prev: previous === undefined ? null : lineHash(previous) });
      previous = text;
      out.push(text);
    };
    for (const line of plan.lines) {
      if (!line.entry) continue;
      const expected = previous === undefined ? null : lineHash(previous);
      // A line already in its place (same document, same predecessor) is kept as written.
      if (line.entry.prev === expected && line.entry.document === document) {
        out.push(line.text);
        previous = line.text;
        continue;
      }
      // From the line as written, so fields this program does not know stay.
      const { prev: _, ...written } = JSON.parse(line.text) as Record<string, unknown>;
      link({ ...written, document });
    }
    for (const entry of plan.append) link(entry);
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** A document's new lines on one side. */
export const newLinesOf = (lines: readonly LogLine[], document: string): LogLine[] =>
  lines.filter((line) => line.entry?.document === document);

/** The last state a document's lines record, or null. */
export function lastStateOf(lines: readonly LogLine[]): HistoryEntry['to'] | null {
  const last = lines.findLast((line) => line.entry !== null);
  return last?.entry?.to ?? null;
}
