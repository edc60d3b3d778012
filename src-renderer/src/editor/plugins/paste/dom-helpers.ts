/** Small DOM operations the paste cleaning steps share. Pure: they touch only the nodes given. */

/** The declarations of an element's style attribute, names lower-cased (mso-* included, which `el.style` drops). */
export function styleDeclarations(el: Element): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of (el.getAttribute('style') ?? '').split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    declarations.set(
      part.slice(0, colon).trim().toLowerCase(),
      part
        .slice(colon + 1)
        .trim()
        .toLowerCase(),
    );
  }
  return declarations;
}

/** Replaces an element by its children. */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}

/** A new element of another tag holding the same children, in the old one's place. */
export function rename(el: Element, tag: string): Element {
  const replacement = el.ownerDocument.createElement(tag);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.replaceWith(replacement);
  return replacement;
}

/** Wraps all of an element's children in a new element of the given tag. */
export function wrapChildren(el: Element, tag: string): Element {
  const wrapper = el.ownerDocument.createElement(tag);
  while (el.firstChild) wrapper.appendChild(el.firstChild);
  el.appendChild(wrapper);
  return wrapper;
}

/** Every element under root, deepest last (document order); a copy, so callers may change the tree. */
export function elementsUnder(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('*'));
}

/** Every comment under root. */
export function commentsUnder(root: Node): Comment[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Comment[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode as Comment);
  return comments;
}

/** The lower-case tag name, with any namespace prefix Word writes (`o:p`, `v:shape`). */
export function tagOf(node: Node): string {
  return node.nodeName.toLowerCase();
}

export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
