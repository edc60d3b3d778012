import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type NodeKey,
  type TextNode,
} from 'lexical';

/** One place a search found: the part of each text node it covers (several when it spans formats). */
export interface TextMatch {
  segments: ReadonlyArray<{ key: NodeKey; start: number; end: number }>;
}

export interface FindOptions {
  matchCase: boolean;
}

/**
 * Runs of adjacent text nodes: the text of one block up to a line break, field or nested
 * block. A match never crosses from one run into the next. Guidance blocks are decorators
 * and hold no text nodes, so search passes them by, as it does fields.
 */
export function $textRuns(element: ElementNode = $getRoot()): TextNode[][] {
  const runs: TextNode[][] = [];
  let run: TextNode[] = [];
  const flush = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  const visit = (parent: ElementNode) => {
    for (const child of parent.getChildren()) {
      if ($isTextNode(child)) run.push(child);
      else if ($isElementNode(child) && child.isInline()) visit(child);
      else {
        flush();
        if ($isElementNode(child)) {
          visit(child);
          flush();
        }
      }
    }
  };
  visit(element);
  flush();
  return runs;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every match of the query in the document, in document order. An empty query finds nothing. */
export function $findMatches(query: string, options: FindOptions): TextMatch[] {
  if (query === '') return [];
  const pattern = new RegExp(escapeRegExp(query), options.matchCase ? 'gu' : 'giu');
  const matches: TextMatch[] = [];
  for (const run of $textRuns()) {
    const texts = run.map((node) => node.getTextContent());
    const text = texts.join('');
    for (const found of text.matchAll(pattern)) {
      matches.push({ segments: segmentsOf(run, texts, found.index, found.index + found[0].length) });
    }
  }
  return matches;
}

/** Maps a stretch [from, to) of a run's joined text onto the text nodes it covers. */
function segmentsOf(run: TextNode[], texts: string[], from: number, to: number): TextMatch['segments'] {
  const segments: Array<{ key: NodeKey; start: number; end: number }> = [];
  let offset = 0;
  run.forEach((node, index) => {
    const length = texts[index]?.length ?? 0;
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + length);
    if (start < end) segments.push({ key: node.getKey(), start: start - offset, end: end - offset });
    offset += length;
  });
  return segments;
}

/** The text nodes of a match, or null when the document changed under it. */
function $matchNodes(match: TextMatch): TextNode[] | null {
  const nodes: TextNode[] = [];
  for (const segment of match.segments) {
    const node = $getNodeByKey(segment.key);
    if (!$isTextNode(node) || segment.end > node.getTextContentSize()) return null;
    nodes.push(node);
  }
  return nodes.length > 0 ? nodes : null;
}

/**
 * Replaces one match and puts the caret after the new text. A match spanning several text
 * nodes takes the format of its first one. Gives back false, changing nothing, when the
 * match no longer fits the document.
 */
export function $replaceMatch(match: TextMatch, replacement: string): boolean {
  const nodes = $matchNodes(match);
  const first = nodes?.[0];
  const start = match.segments[0]?.start ?? 0;
  if (!nodes || !first) return false;
  // The caret goes first: the old selection may point into text about to go.
  first.select(start, start);
  match.segments.forEach((segment, index) => {
    const node = nodes[index] as TextNode;
    node.spliceText(segment.start, segment.end - segment.start, index === 0 ? replacement : '', index === 0);
    if (index > 0 && node.getTextContentSize() === 0) node.remove();
  });
  return true;
}

/** Replaces every match, last first so the earlier ones still point at the right text; the number replaced. */
export function $replaceAll(matches: readonly TextMatch[], replacement: string): number {
  let replaced = 0;
  for (const match of [...matches].reverse()) if ($replaceMatch(match, replacement)) replaced++;
  return replaced;
}

/** Selects a match's text, so the caret is there when the editor gets the focus back. */
export function $selectMatch(match: TextMatch): boolean {
  const nodes = $matchNodes(match);
  const first = match.segments[0];
  const last = match.segments[match.segments.length - 1];
  if (!nodes || !first || !last) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(first.key, first.start, 'text');
  selection.focus.set(last.key, last.end, 'text');
  $setSelection(selection);
  return true;
}

/** The index of the first match at or after the caret (the first match when there is none after it). */
export function $firstMatchFromCaret(matches: readonly TextMatch[]): number {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || matches.length === 0) return 0;
  const caret = selection.isBackward() ? selection.focus : selection.anchor;
  const caretNode = caret.getNode();
  const index = matches.findIndex((match) => {
    const first = match.segments[0];
    const node = first ? $getNodeByKey(first.key) : null;
    if (!node || !first) return false;
    return node.is(caretNode) ? first.start >= caret.offset : caretNode.isBefore(node);
  });
  return Math.max(0, index);
}
