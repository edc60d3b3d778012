import { isAllowedLinkUrl } from '../../../../../src-shared/security/link-url';
import { BLOCK_TAGS, commentsUnder, elementsUnder, rename, styleDeclarations, tagOf, unwrap, wrapChildren } from './dom-helpers';
import { convertWordLists } from './word-lists';

/**
 * Pasted HTML from Word and web pages, cleaned down to what a controlled document holds:
 * paragraphs, headings 1-3, bold/italic/underline/strikethrough, safe links, lists, tables
 * and line breaks. Each step is one pure function over the parsed DOM; `cleanPastedHtml`
 * runs them in order. Lexical's importers then only ever see plain, semantic HTML.
 */

/** Elements whose content is never document text: removed with everything inside. */
const DROPPED = new Set([
  'audio',
  'button',
  'canvas',
  'embed',
  'head',
  'iframe',
  'img',
  'link',
  'meta',
  'noscript',
  'object',
  'picture',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
  'xml',
]);

/** Word comment anchors and the comment list at the end of a Word paste. */
const WORD_COMMENT_SELECTOR = '.MsoCommentReference, .msocomanchor, .msocomtxt, .msocomoff, .MsoCommentText';

/** Removes scripts, styles, images, form controls, Word's VML and comment notes, and hidden text. */
export function removeNonContent(root: ParentNode): void {
  for (const el of elementsUnder(root)) {
    if (!root.contains(el)) continue;
    const tag = tagOf(el);
    const style = styleDeclarations(el);
    const hidden = style.get('display') === 'none' || style.get('mso-hide') === 'all';
    const wordComment = el.matches(WORD_COMMENT_SELECTOR) || (style.get('mso-element') ?? '').startsWith('comment');
    // Word's own tags: o:p ends a paragraph (holds only a space), v:* draws shapes; st1:* and the like wrap text.
    if (tag === 'o:p' || tag.startsWith('v:') || DROPPED.has(tag) || hidden || wordComment) el.remove();
    else if (tag === 'input' && !(el.getAttribute('type') === 'checkbox' && el.closest('li'))) el.remove();
    else if (tag.includes(':')) unwrap(el);
  }
}

/** Removes HTML comments, Word's conditional comments among them. Run after the Word list step, which reads them. */
export function removeComments(root: Node): void {
  for (const comment of commentsUnder(root)) comment.remove();
}

/**
 * Word marks the rows it repeats as a header on each page with `mso-yfti-lastfirstrow`;
 * those cells become <th>, as do cells of a web table's <thead>.
 */
export function markHeaderRows(root: ParentNode): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
    const lastHeader = rows.findIndex((row) => styleDeclarations(row).get('mso-yfti-lastfirstrow') === 'yes');
    rows.forEach((row, index) => {
      if (index > lastHeader && !row.closest('thead')) return;
      for (const cell of Array.from(row.children)) if (tagOf(cell) === 'td') rename(cell, 'th');
    });
  }
}

const INLINE_STYLED = new Set(['span', 'font', 'a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'ins']);

/**
 * Turns the four supported text formats written as CSS (Google Docs, many sites) into
 * tags, so the style attributes can go. Google Docs wraps a whole paste in
 * `<b style="font-weight:normal">`: a <b> that says "not bold" is unwrapped.
 */
export function stylesToTags(root: ParentNode): void {
  for (const el of elementsUnder(root)) {
    const tag = tagOf(el);
    if (!INLINE_STYLED.has(tag)) continue;
    const style = styleDeclarations(el);
    const weight = style.get('font-weight') ?? '';
    if ((tag === 'b' || tag === 'strong') && /^(normal|lighter|[1-4]00)$/.test(weight)) {
      unwrap(el);
      continue;
    }
    const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
    if (/^(bold|bolder|[6-9]00)$/.test(weight) && tag !== 'b' && tag !== 'strong') wrapChildren(el, 'strong');
    if (style.get('font-style') === 'italic' && tag !== 'i' && tag !== 'em') wrapChildren(el, 'em');
    if (/\bunderline\b/.test(decoration) && tag !== 'u') wrapChildren(el, 'u');
    if (/\bline-through\b/.test(decoration) && tag !== 's') wrapChildren(el, 's');
  }
}

/** Keeps links to web pages and e-mail addresses; any other link (file:, javascript:, #anchor, relative) keeps only its text. */
export function unwrapUnsafeLinks(root: ParentNode): void {
  for (const a of Array.from(root.querySelectorAll('a'))) {
    if (!isAllowedLinkUrl(a.getAttribute('href')?.trim())) unwrap(a);
  }
}

/** Elements that only group content: a paragraph when they hold text, unwrapped when they hold blocks. */
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'center',
  'address',
  'figure',
  'dl',
  'dd',
  'dt',
  'pre',
]);

/**
 * Blocks of the supported kinds only: h4-h6 become h3 (the document has three levels);
 * a <div> (or <section>, <article>...) holding only text becomes a paragraph and one holding
 * blocks is unwrapped; paragraphs inside a list item become lines of that item.
 */
export function normalizeBlocks(root: ParentNode): void {
  // Deepest first, so a container knows whether its children are blocks once they are settled.
  for (const el of elementsUnder(root).reverse()) {
    let current: Element = el;
    const tag = tagOf(el);
    if (/^h[4-6]$/.test(tag)) current = rename(el, 'h3');
    else if (CONTAINERS.has(tag)) {
      if (Array.from(el.children).some((child) => BLOCK_TAGS.has(tagOf(child)))) {
        unwrap(el);
        continue;
      }
      current = rename(el, 'p');
    }
    if (tagOf(current) === 'p' && current.parentElement && tagOf(current.parentElement) === 'li') {
      if (current.previousSibling) current.before(current.ownerDocument.createElement('br'));
      unwrap(current);
    }
  }
}

/** Tags that carry only looks (spans, fonts, marks, sub/superscript, code) give way to their text. */
const PRESENTATIONAL = new Set([
  'span',
  'font',
  'small',
  'big',
  'mark',
  'sub',
  'sup',
  'code',
  'kbd',
  'samp',
  'tt',
  'abbr',
  'acronym',
  'cite',
  'dfn',
  'q',
  'var',
  'ins',
  'label',
  'time',
  'form',
  'fieldset',
  'legend',
  'figcaption',
  'caption',
  'colgroup',
  'col',
]);

export function unwrapPresentational(root: ParentNode): void {
  for (const el of elementsUnder(root)) {
    const tag = tagOf(el);
    if (tag === 'colgroup' || tag === 'col') el.remove();
    else if (tag === 'caption') rename(el, 'p');
    else if (tag === 'strike' || tag === 'del') rename(el, 's');
    else if (PRESENTATIONAL.has(tag)) unwrap(el);
  }
}

/**
 * Paragraphs with nothing but spaces (Word's `&nbsp;` spacers, a web page's empty lines) go,
 * and so do line breaks standing between blocks; table cells keep their (empty) paragraph.
 */
export function dropEmptyParagraphs(root: ParentNode): void {
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (p.closest('td, th')) continue;
    if ((p.textContent ?? '').replace(/[\s\u00a0]/g, '') === '') p.remove();
  }
  for (const br of Array.from(root.querySelectorAll('br'))) {
    const parent = br.parentNode;
    if (parent === root || (parent && Array.from(parent.childNodes).some((node) => BLOCK_TAGS.has(tagOf(node))))) br.remove();
  }
}

/** A web page's check box in a list item becomes the item's checked state, which Lexical reads. */
export function checkboxesToCheckedItems(root: ParentNode): void {
  for (const input of Array.from(root.querySelectorAll('li > input'))) {
    input.parentElement?.setAttribute('aria-checked', input.hasAttribute('checked') ? 'true' : 'false');
    input.remove();
  }
}

/** The attributes Lexical's importers need; every other attribute (style, class, id, dir, lang...) goes. */
const KEPT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
  li: ['aria-checked'],
};

export function stripAttributes(root: ParentNode): void {
  for (const el of elementsUnder(root)) {
    const kept = KEPT_ATTRIBUTES[tagOf(el)] ?? [];
    for (const name of el.getAttributeNames()) if (!kept.includes(name)) el.removeAttribute(name);
  }
}

/** The cleaning steps, in the order they must run. */
export const CLEANING_STEPS: ReadonlyArray<(root: HTMLElement) => void> = [
  removeNonContent,
  convertWordLists,
  removeComments,
  markHeaderRows,
  stylesToTags,
  unwrapUnsafeLinks,
  normalizeBlocks,
  unwrapPresentational,
  dropEmptyParagraphs,
  checkboxesToCheckedItems,
  stripAttributes,
];

/** Parses clipboard HTML and cleans it; the body of the returned document is what to import. */
export function cleanPastedHtml(html: string, parser: DOMParser = new DOMParser()): Document {
  const doc = parser.parseFromString(html, 'text/html');
  for (const step of CLEANING_STEPS) step(doc.body);
  return doc;
}
