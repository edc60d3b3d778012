import { styleDeclarations, tagOf } from './dom-helpers';

/**
 * Word's clipboard HTML has no <ul>/<ol>: a list is a run of sibling paragraphs, each with
 * `style="mso-list:l0 level2 lfo1"` (which list, how deep) and its bullet or number as text
 * between `<![if !supportLists]>` and `<![endif]>` (or in a `mso-list:Ignore` span). This
 * step turns each run into real nested <ul>/<ol> elements, ordered or bulleted from the marker.
 */

interface WordListItem {
  paragraph: Element;
  list: string;
  level: number;
  ordered: boolean;
}

const MSO_LIST = /^(l\d+)\s+level(\d+)/;
/** "1.", "a)", "iv.", "(2)": a number; anything else ("·", "o", "§", "-") is a bullet. */
const NUMBERED_MARKER = /^\(?[0-9A-Za-z]{1,6}[.)]/;

/** The list and level of a Word list paragraph, or null for any other element. */
export function wordListPosition(el: Element): { list: string; level: number } | null {
  if (tagOf(el) !== 'p') return null;
  const match = MSO_LIST.exec(styleDeclarations(el).get('mso-list') ?? '');
  if (!match) return null;
  return { list: match[1] ?? 'l0', level: Math.max(1, Number(match[2])) };
}

/** Removes the bullet or number Word wrote as text into a list paragraph, and gives it back. */
export function takeWordListMarker(paragraph: Element): string {
  const start = findComment(paragraph, (text) => /^\[if !supportLists\]/i.test(text));
  if (start?.parentNode) {
    let marker = '';
    let node = start.nextSibling;
    while (node && !(node.nodeType === 8 && /^\[endif\]/i.test((node as Comment).data.trim()))) {
      const next = node.nextSibling;
      marker += node.textContent ?? '';
      node.remove();
      node = next;
    }
    node?.remove();
    start.remove();
    return cleanMarker(marker);
  }
  const ignored = Array.from(paragraph.querySelectorAll('span')).find(
    (span) => styleDeclarations(span).get('mso-list') === 'ignore',
  );
  if (!ignored) return '';
  const marker = ignored.textContent ?? '';
  // The marker span sits inside font spans that hold nothing else.
  let outer: Element = ignored;
  while (outer.parentElement && outer.parentElement !== paragraph && outer.parentElement.childNodes.length === 1) {
    outer = outer.parentElement;
  }
  outer.remove();
  return cleanMarker(marker);
}

function cleanMarker(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function findComment(root: Element, test: (text: string) => boolean): Comment | null {
  const walker = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  while (walker.nextNode()) {
    const comment = walker.currentNode as Comment;
    if (test(comment.data.trim())) return comment;
  }
  return null;
}

/** The next element sibling, passing over whitespace text and comments between Word's paragraphs. */
function nextElement(el: Element): Element | null {
  let node = el.nextSibling;
  while (node && node.nodeType !== 1) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return null;
    node = node.nextSibling;
  }
  return node as Element | null;
}

/**
 * Turns every run of Word list paragraphs under root into nested <ul>/<ol> lists. A numbered
 * heading stays a heading, its number kept as text: the document does not number headings.
 */
export function convertWordLists(root: ParentNode): void {
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (!MSO_LIST.test(styleDeclarations(heading).get('mso-list') ?? '')) continue;
    const marker = takeWordListMarker(heading);
    if (marker) heading.prepend(`${marker} `);
  }
  for (const first of Array.from(root.querySelectorAll('p'))) {
    // Paragraphs of a run already turned into a list are gone from the tree.
    if (!root.contains(first)) continue;
    const start = wordListPosition(first);
    if (!start) continue;
    const items: WordListItem[] = [];
    let el: Element | null = first;
    while (el) {
      const position = wordListPosition(el);
      if (!position || position.list !== start.list) break;
      const marker = takeWordListMarker(el);
      items.push({ paragraph: el, ...position, ordered: NUMBERED_MARKER.test(marker) });
      el = nextElement(el);
    }
    const list = buildNestedList(items);
    first.before(list);
    for (const item of items) item.paragraph.remove();
  }
}

/**
 * Nested lists in the standard HTML shape (a sublist inside the item before it), which
 * Lexical imports as its nested list items. A level that skips one nests only one deeper.
 */
export function buildNestedList(items: readonly WordListItem[]): Element {
  const doc = items[0]?.paragraph.ownerDocument ?? document;
  const newList = (ordered: boolean) => doc.createElement(ordered ? 'ol' : 'ul');
  const root = newList(items[0]?.ordered ?? false);
  const stack: Array<{ list: Element; level: number }> = [{ list: root, level: items[0]?.level ?? 1 }];
  for (const item of items) {
    while (stack.length > 1 && (stack[stack.length - 1]?.level ?? 1) > item.level) stack.pop();
    let top = stack[stack.length - 1] as { list: Element; level: number };
    if (item.level > top.level) {
      const sublist = newList(item.ordered);
      const parentItem = top.list.lastElementChild ?? top.list.appendChild(doc.createElement('li'));
      parentItem.appendChild(sublist);
      top = { list: sublist, level: item.level };
      stack.push(top);
    }
    const li = doc.createElement('li');
    while (item.paragraph.firstChild) li.appendChild(item.paragraph.firstChild);
    top.list.appendChild(li);
  }
  return root;
}
