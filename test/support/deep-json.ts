/**
 * JSON nested far deeper than any document, built as text: JSON.stringify itself
 * overflows the stack on such values, and so did every recursive reader of them.
 */

/**
 * Lists inside list items, `depth` nodes deep below the root: a list at depth 1, its item
 * at 2, and so on; an odd depth ends in a text node, an even one in an empty item.
 */
export function nestedListsJson(depth: number): string {
  const pairs = Math.floor(depth / 2);
  const open =
    '{"type":"list","version":1,"listType":"bullet","start":1,"tag":"ul","children":[{"type":"listitem","version":1,"value":1,"children":[';
  const leaf = depth % 2 === 1 ? '{"type":"text","version":1,"text":"bottom"}' : '';
  return `${open.repeat(pairs)}${leaf}${']}]}'.repeat(pairs)}`;
}

/** A paragraph whose text node carries a field of arrays nested `levels` deep. */
export function nestedFieldJson(levels: number): string {
  return `{"type":"paragraph","version":1,"children":[{"type":"text","version":1,"text":"x","extra":${'['.repeat(levels)}${']'.repeat(levels)}}]}`;
}

/** Document content (`{ root }`) with the given top-level blocks, as JSON text. */
export function contentJson(...blocks: string[]): string {
  return `{"root":{"type":"root","version":1,"direction":null,"format":"","indent":0,"children":[${blocks.join(',')}]}}`;
}

/** `value` as JSON text, with the JSON text `text` at its top-level key `key`. */
export function withJsonAt(value: Record<string, unknown>, key: string, text: string): string {
  const marker = '\u0000deep\u0000';
  return JSON.stringify({ ...value, [key]: marker }).replace(JSON.stringify(marker), () => text);
}
