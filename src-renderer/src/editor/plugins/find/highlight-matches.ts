import type { LexicalEditor } from 'lexical';
import type { TextMatch } from './find-matches';

/**
 * Marks matches on screen with the CSS Custom Highlight API: the document and its DOM are
 * not touched, so highlighting never enters the undo history or the saved file. Where the
 * API is missing, nothing is painted and the find bar selects the current match instead.
 */
const ALL = 'qms-find-match';
const CURRENT = 'qms-find-current';

export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** The DOM text node inside a Lexical text node's element. */
function domText(editor: LexicalEditor, key: string): Text | null {
  const element = editor.getElementByKey(key);
  if (!element) return null;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** The DOM range a match covers, or null when it is not on screen (yet). */
export function matchRange(editor: LexicalEditor, match: TextMatch): Range | null {
  const first = match.segments[0];
  const last = match.segments[match.segments.length - 1];
  if (!first || !last) return null;
  const start = domText(editor, first.key);
  const end = domText(editor, last.key);
  if (!start || !end) return null;
  const range = new Range();
  range.setStart(start, Math.min(first.start, start.length));
  range.setEnd(end, Math.min(last.end, end.length));
  return range;
}

export function paintMatches(editor: LexicalEditor, matches: readonly TextMatch[], current: number): void {
  if (!canHighlight()) return;
  const ranges = matches.map((match) => matchRange(editor, match));
  const others = ranges.filter((range, index): range is Range => range !== null && index !== current);
  CSS.highlights.set(ALL, new Highlight(...others));
  const currentRange = ranges[current];
  if (currentRange) CSS.highlights.set(CURRENT, new Highlight(currentRange));
  else CSS.highlights.delete(CURRENT);
}

export function clearMatches(): void {
  if (!canHighlight()) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}

/** Brings the match into view inside the editor's scrolling area. */
export function scrollToMatch(editor: LexicalEditor, match: TextMatch | undefined): void {
  const key = match?.segments[0]?.key;
  const element = key ? editor.getElementByKey(key) : null;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
