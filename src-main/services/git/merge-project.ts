import { isDeepStrictEqual } from 'node:util';
import { DomainError } from '../../../src-shared/api/result';
import type { HistoryEntry } from '../../../src-shared/control/history';
import { nextDocumentId } from '../../../src-shared/control/numbering';
import { advanceRevision, initialRevision, type RevisionScheme } from '../../../src-shared/control/revision';
import { stableStringify } from '../../../src-shared/json/stable-stringify';
import {
  DOCUMENTS_DIR,
  documentFilePath,
  HISTORY_FILE_NAME,
  PROJECT_FILE_NAME,
  REVISIONS_DIR,
} from '../../../src-shared/project/schema';
import { contentHash } from '../file-version';
import {
  type DocumentHistoryPlan,
  forkedDocuments,
  type LogLine,
  lastStateOf,
  logSides,
  mergeLog,
  newLinesOf,
} from './history-merge';
import { mergeJson } from './json-merge';

/**
 * Two copies of a project brought together, file by file, by the project's own rules
 * rather than git's line merge (docs/project-format.md, "Sync"):
 * - a file changed on one side only is taken from that side; different documents never clash;
 * - history.jsonl keeps both sides' lines, with every document's chain whole (history-merge);
 * - the same number created on both sides: the later document takes the next free number;
 * - an approval on one side and an edit on the other: the approval stays and the edit becomes
 *   the new draft revision;
 * - the same document changed on both sides otherwise: the user chooses keep mine, take
 *   theirs or keep both (theirs then becomes a new draft document), as for an outside change;
 * - the project file merges field by field (ours wins a field both changed, and it is named);
 * - any other file changed on both sides is kept twice; a file changed on one side and
 *   removed on the other is kept. Nothing either side wrote is lost.
 */

/** A tree as path → blob id. */
export type TreeMap = ReadonlyMap<string, string>;
/** A file of the merged tree: an existing blob, or new text. */
export type MergedFile = { oid: string } | { text: string };
export type Choice = 'mine' | 'theirs' | 'both';

/** The same document changed on both sides: the user chooses. */
export interface DocumentClash {
  id: string;
  title: string;
  mine: { by: string; status: string; revision: string };
  theirs: { by: string; status: string; revision: string; title: string };
}

export interface MergeRequest {
  base: TreeMap;
  ours: TreeMap;
  theirs: TreeMap;
  read(oid: string): Promise<string>;
  scheme: RevisionScheme;
  /** Who syncs (ours), and when: the author of the lines the merge adds. */
  by: string;
  at: string;
  /** Who made the changes that came in, for the words of a clash. */
  theirsBy: string;
  choices: Readonly<Record<string, Choice>>;
}

export interface MergeOutcome {
  files: Map<string, MergedFile>;
  /** When not empty, nothing is to be written: the user chooses first. */
  clashes: DocumentClash[];
  renumbered: { from: string; to: string; title: string }[];
  reconciled: { id: string; choice: Choice; copy: string | null }[];
  /** Documents whose approval on one side stayed while the other side's edits became a new draft. */
  approvalsKept: { id: string; approvedRevision: string; draftRevision: string | null }[];
  /** Fields of the project file both sides changed: ours was kept. */
  profileClashes: string[];
  /** Other files both sides changed: theirs kept beside ours under this name. */
  keptTwice: { path: string; copy: string }[];
}

interface RawDocument {
  meta: Record<string, unknown> & { id: string; title: string; status: string; revision: string; effective: unknown };
  content: unknown;
  [key: string]: unknown;
}

const DOCUMENT_PATH = new RegExp(`^${DOCUMENTS_DIR}/([A-Z0-9]+-\\d+)\\.json$`);
const SNAPSHOT_PATH = new RegExp(`^${REVISIONS_DIR}/([A-Z0-9]+-\\d+)/([^/]+)$`);

/** The document a path belongs to (its file or one of its approved snapshots), or null. */
export function documentOfPath(path: string): string | null {
  return DOCUMENT_PATH.exec(path)?.[1] ?? SNAPSHOT_PATH.exec(path)?.[1] ?? null;
}

export async function mergeProject(request: MergeRequest): Promise<MergeOutcome> {
  const { base, ours, theirs } = request;
  const outcome: MergeOutcome = {
    files: new Map(),
    clashes: [],
    renumbered: [],
    reconciled: [],
    approvalsKept: [],
    profileClashes: [],
    keptTwice: [],
  };
  const { files } = outcome;
  const text = async (tree: TreeMap, path: string) => {
    const oid = tree.get(path);
    return oid === undefined ? null : request.read(oid);
  };
  const sideName = (tree: TreeMap) =>
    tree === ours ? 'this copy' : tree === theirs ? 'the shared project' : 'the last common version';
  /** A file both sides changed, as JSON; one that cannot be read stops the sync before anything is written. */
  const json = async <T>(tree: TreeMap, path: string): Promise<T | null> => {
    const bytes = await text(tree, path);
    if (bytes === null) return null;
    try {
      return JSON.parse(bytes) as T;
    } catch (error) {
      throw new DomainError(
        'damaged',
        `${path} in ${sideName(tree)} cannot be read (${(error as Error).message}); nothing was changed. Repair the file (qms check) and sync again.`,
      );
    }
  };
  const doc = (tree: TreeMap, id: string) => json<RawDocument>(tree, documentFilePath(id));

  const bothChanged = new Set<string>();
  const paths = new Set([...base.keys(), ...ours.keys(), ...theirs.keys()]);
  for (const path of [...paths].sort()) {
    const [b, o, t] = [base.get(path), ours.get(path), theirs.get(path)];
    const take = (oid: string | undefined) => (oid === undefined ? files.delete(path) : files.set(path, { oid }));
    if (o === t || b === t) take(o);
    else if (b === o) take(t);
    else if (path === HISTORY_FILE_NAME) continue;
    else if (documentOfPath(path)) {
      // Decided per document below; meanwhile what exists, ours first.
      take(o ?? t);
      bothChanged.add(documentOfPath(path) as string);
    } else if (o === undefined || t === undefined) take(o ?? t);
    else if (path === PROJECT_FILE_NAME) {
      const [bj, oj, tj] = await Promise.all([json(base, path), json(ours, path), json(theirs, path)]);
      const merged = mergeJson(bj ?? {}, oj, tj);
      files.set(path, { text: stableStringify(merged.value) });
      outcome.profileClashes.push(...merged.clashes);
    } else if (path === '.gitignore' || path === '.gitattributes') {
      const lines = [
        ...new Set([...((await text(ours, path)) ?? '').split('\n'), ...((await text(theirs, path)) ?? '').split('\n')]),
      ];
      files.set(path, { text: `${lines.filter((line) => line.trim() !== '').join('\n')}\n` });
    } else {
      take(o);
      const copy = copyPath(path, request.theirsBy, paths);
      files.set(copy, { oid: t });
      outcome.keptTwice.push({ path, copy });
    }
  }

  const sides = logSides(
    (await text(base, HISTORY_FILE_NAME)) ?? '',
    (await text(ours, HISTORY_FILE_NAME)) ?? '',
    (await text(theirs, HISTORY_FILE_NAME)) ?? '',
  );
  const plans = new Map<string, DocumentHistoryPlan>();
  const used = new Set<string>([
    ...[...paths].flatMap((path) => documentOfPath(path) ?? []),
    ...[...sides.ours, ...sides.theirsNew].flatMap((line) => line.entry?.document ?? []),
  ]);
  const nextFree = (like: string) => {
    const id = nextDocumentId(like.replace(/-\d+$/, ''), used);
    used.add(id);
    return id;
  };
  const who = (lines: LogLine[], fallback: string) => lines.findLast((line) => line.entry)?.entry?.by ?? fallback;
  const line = (entry: Omit<HistoryEntry, 'prev' | 'at' | 'by'> & { by?: string }): Omit<HistoryEntry, 'prev'> => ({
    at: request.at,
    by: request.by,
    ...entry,
  });
  /** The snapshots of a document: the kept side's where both have one, the other's where only it has. */
  const takeSnapshots = (id: string, kept: TreeMap, other: TreeMap) => {
    for (const path of paths) {
      if (SNAPSHOT_PATH.exec(path)?.[1] !== id) continue;
      const oid = kept.get(path) ?? other.get(path);
      if (oid) files.set(path, { oid });
    }
  };
  const renumberedOn: { side: TreeMap; from: string; to: string }[] = [];

  for (const id of [...new Set([...bothChanged, ...forkedDocuments(sides)])].sort()) {
    const [b, o, t] = await Promise.all([doc(base, id), doc(ours, id), doc(theirs, id)]);
    const oursNew = newLinesOf(sides.oursNew, id);
    const theirsNew = newLinesOf(sides.theirsNew, id);
    if (!o || !t) {
      // Removed on one side (the program never does) and changed on the other: kept.
      const side = o ? ours : theirs;
      if (o ?? t) files.set(documentFilePath(id), { oid: side.get(documentFilePath(id)) as string });
      takeSnapshots(id, side, o ? theirs : ours);
      plans.set(id, { lines: o ? [...theirsNew, ...oursNew] : [...oursNew, ...theirsNew], append: [] });
      continue;
    }
    if (!b && ours.get(documentFilePath(id)) !== theirs.get(documentFilePath(id))) {
      // The same number created on both copies: the later one takes the next free number.
      const createdAt = (lines: LogLine[]) => lines.find((l) => l.entry?.event === 'created')?.entry?.at ?? '';
      const oursLater = createdAt(oursNew) > createdAt(theirsNew);
      const [later, laterTree, earlierTree, laterLines] = oursLater
        ? ([o, ours, theirs, oursNew] as const)
        : ([t, theirs, ours, theirsNew] as const);
      const to = nextFree(id);
      files.set(documentFilePath(id), { oid: earlierTree.get(documentFilePath(id)) as string });
      for (const path of paths) {
        const snapshot = SNAPSHOT_PATH.exec(path);
        if (snapshot?.[1] !== id) continue;
        const earlierOid = earlierTree.get(path);
        if (earlierOid) files.set(path, { oid: earlierOid });
        else files.delete(path);
        const laterOid = laterTree.get(path);
        if (laterOid) {
          const moved = (await json<RawDocument>(laterTree, path)) as RawDocument;
          files.set(`${REVISIONS_DIR}/${to}/${snapshot[2]}`, {
            text: stableStringify({ ...moved, meta: { ...moved.meta, id: to } }),
          });
        }
      }
      const editable = later.meta.status === 'draft' || later.meta.status === 'in-review';
      const renamed = {
        ...later,
        meta: { ...later.meta, id: to },
        content: editable ? renameMentions(later.content, id, to) : later.content,
      };
      files.set(documentFilePath(to), { text: stableStringify(renamed) });
      const earlier = oursLater ? t : o;
      const creator = who(laterLines.slice(0, 1), oursLater ? request.by : request.theirsBy);
      const state = lastStateOf(laterLines) ?? { status: later.meta.status, revision: later.meta.revision };
      plans.set(to, {
        lines: laterLines,
        append: [
          line({
            document: to,
            event: 'renumbered',
            from: state,
            to: state,
            note: `Created as ${id} by ${creator} on another copy of the project, while ${id} was also given to "${earlier.meta.title}" there; it became ${to} when the copies were synced.`,
          } as Omit<HistoryEntry, 'prev' | 'at' | 'by'>),
        ],
      });
      renumberedOn.push({ side: laterTree, from: id, to });
      outcome.renumbered.push({ from: id, to, title: later.meta.title });
      continue;
    }
    const approvedOn = (side: RawDocument) => !isDeepStrictEqual(side.meta.effective, b?.meta.effective ?? null);
    const [oApproved, tApproved] = [approvedOn(o), approvedOn(t)];
    if (oApproved !== tApproved) {
      // An approval on one side, an edit on the other: the approval stays; the edit is the new draft.
      const [approval, edit, approvalTree, editTree, approvalLines, editLines] = oApproved
        ? ([o, t, ours, theirs, oursNew, theirsNew] as const)
        : ([t, o, theirs, ours, theirsNew, oursNew] as const);
      takeSnapshots(id, approvalTree, editTree);
      const sameText =
        contentHash(edit.content as never) === contentHash(approval.content as never) &&
        edit.meta.title === approval.meta.title &&
        isDeepStrictEqual(edit.meta.clauses, approval.meta.clauses);
      if (approval.meta.status !== 'approved' || sameText) {
        files.set(documentFilePath(id), { oid: approvalTree.get(documentFilePath(id)) as string });
        plans.set(id, { lines: [...editLines, ...approvalLines], append: [] });
        outcome.approvalsKept.push({ id, approvedRevision: approval.meta.revision, draftRevision: null });
        continue;
      }
      const editor = who(editLines, oApproved ? request.theirsBy : request.by);
      const draftRevision = advanceRevision(request.scheme, approval.meta.revision, 'new-draft');
      const draft: RawDocument = {
        ...approval,
        content: edit.content,
        meta: {
          ...approval.meta,
          title: edit.meta.title,
          clauses: edit.meta.clauses,
          status: 'draft',
          revision: draftRevision,
          author: editor,
          changeSummary: edit.meta.changeSummary,
        },
      };
      files.set(documentFilePath(id), { text: stableStringify(draft) });
      plans.set(id, {
        lines: [...editLines, ...approvalLines],
        append: [
          line({
            by: editor,
            document: id,
            event: 'revision-started',
            from: { status: 'approved', revision: approval.meta.revision },
            to: { status: 'draft', revision: draftRevision },
            note: `Edits made by ${editor} on another copy while revision ${approval.meta.revision} was approved; kept as the new draft when the copies were synced.`,
          } as Omit<HistoryEntry, 'prev' | 'at' | 'by'>),
        ],
      });
      outcome.approvalsKept.push({ id, approvedRevision: approval.meta.revision, draftRevision });
      continue;
    }
    const choice = ours.get(documentFilePath(id)) === theirs.get(documentFilePath(id)) ? 'mine' : request.choices[id];
    if (choice === undefined) {
      outcome.clashes.push({
        id,
        title: o.meta.title,
        mine: { by: request.by, status: o.meta.status, revision: o.meta.revision },
        theirs: { by: who(theirsNew, request.theirsBy), status: t.meta.status, revision: t.meta.revision, title: t.meta.title },
      });
      continue;
    }
    const keepTheirs = choice === 'theirs';
    const [kept, keptTree, otherTree] = keepTheirs ? ([t, theirs, ours] as const) : ([o, ours, theirs] as const);
    files.set(documentFilePath(id), { oid: keptTree.get(documentFilePath(id)) as string });
    takeSnapshots(id, keptTree, otherTree);
    const state = { status: kept.meta.status, revision: kept.meta.revision } as HistoryEntry['to'];
    const theirsWho = who(theirsNew, request.theirsBy);
    let copy: string | null = null;
    if (choice === 'both') {
      copy = nextFree(id);
      const revision = initialRevision(request.scheme);
      const title = `${t.meta.title} (${theirsWho}'s version)`.slice(0, 300);
      files.set(documentFilePath(copy), {
        text: stableStringify({
          ...t,
          meta: {
            ...t.meta,
            id: copy,
            title,
            status: 'draft',
            revision,
            effective: null,
            nextReviewDate: null,
            changeSummary: '',
          },
        }),
      });
      plans.set(copy, {
        lines: [],
        append: [
          line({
            document: copy,
            event: 'created',
            from: null,
            to: { status: 'draft', revision },
            note: `${theirsWho}'s version of ${id}, changed on another copy at the same time as ${request.by}'s; kept as a separate document when the copies were synced.`,
          } as Omit<HistoryEntry, 'prev' | 'at' | 'by'>),
        ],
      });
    }
    if (ours.get(documentFilePath(id)) !== theirs.get(documentFilePath(id))) {
      outcome.reconciled.push({ id, choice, copy });
    }
    const whose = choice === 'theirs' ? `${theirsWho}'s version` : `${request.by}'s version`;
    plans.set(id, {
      lines: keepTheirs ? [...oursNew, ...theirsNew] : [...theirsNew, ...oursNew],
      append:
        ours.get(documentFilePath(id)) === theirs.get(documentFilePath(id))
          ? []
          : [
              line({
                document: id,
                event: 'reconciled',
                from: state,
                to: state,
                note: `Changed by ${request.by} and by ${theirsWho} on two copies at once; ${request.by} kept ${whose}${copy ? ` and made ${theirsWho}'s version ${copy}` : ''} when the copies were synced.`,
              } as Omit<HistoryEntry, 'prev' | 'at' | 'by'>),
            ],
    });
  }
  if (outcome.clashes.length > 0) return outcome;

  // Text of the renumbered side that names the old number means the renumbered document.
  for (const { side, from, to } of renumberedOn) {
    for (const [path, file] of files) {
      if (!DOCUMENT_PATH.test(path) || !('oid' in file) || side.get(path) !== file.oid || base.get(path) === file.oid) continue;
      let raw: RawDocument;
      try {
        raw = JSON.parse(await request.read(file.oid)) as RawDocument;
      } catch {
        continue; // A damaged file stays as it is; qms check reports it.
      }
      if (raw.meta?.status !== 'draft' && raw.meta.status !== 'in-review') continue;
      const content = renameMentions(raw.content, from, to);
      if (content !== raw.content) files.set(path, { text: stableStringify({ ...raw, content }) });
    }
  }
  const log = mergeLog(sides, plans);
  if (log !== '' || files.has(HISTORY_FILE_NAME) || ours.has(HISTORY_FILE_NAME)) files.set(HISTORY_FILE_NAME, { text: log });
  return outcome;
}

/** The content with whole-word mentions of a document number replaced in its text; the same object when none. */
export function renameMentions(content: unknown, from: string, to: string): unknown {
  const pattern = new RegExp(`(?<![A-Za-z0-9-])${from}(?![0-9])`, 'g');
  let changed = false;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (key === 'text' && record.type === 'text' && typeof value === 'string' && pattern.test(value)) {
        pattern.lastIndex = 0;
        out[key] = value.replace(pattern, to);
        changed = true;
      } else out[key] = walk(value);
      pattern.lastIndex = 0;
    }
    return out;
  };
  const result = walk(content);
  return changed ? result : content;
}

/** A free name beside `path` for the other side's copy: "house-style (Tom Smith's copy).docx". */
function copyPath(path: string, by: string, taken: ReadonlySet<string>): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  const [stem, ext] = dot > slash + 1 ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
  const safe = by.replace(/[^\p{L}\p{N} .'-]/gu, '').trim() || 'other';
  for (let n = 1; ; n += 1) {
    const candidate = `${stem} (${safe}'s copy${n > 1 ? ` ${n}` : ''})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}
