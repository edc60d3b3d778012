import type { List } from 'mdast';
import { type InlineJson, type ListItemJson, type ListJson, list, listItem } from '../../editor/nodes';
import { blockLines } from './lines';
import { joinLines } from './merge-text';

/**
 * A Markdown list as Lexical holds it: items of inline content, several paragraphs of
 * one item joined by line breaks, and a nested list alone in an item of its own. A
 * list of tasks (`- [ ] …`) is a check list; should some items not be tasks, they are
 * unticked items of it.
 */
export function convertList(source: List, depth = 0): ListJson {
  const checkList = source.children.some((item) => typeof item.checked === 'boolean');
  const items: ListItemJson[] = [];
  for (const item of source.children) {
    const checked = checkList ? item.checked === true : undefined;
    let pending: InlineJson[][] | null = null;
    let emitted = false;
    const flush = () => {
      if (pending !== null) items.push(listItem(joinLines(pending), depth, checked));
      pending = null;
    };
    for (const child of item.children) {
      if (child.type === 'list') {
        flush();
        items.push(listItem([convertList(child, depth + 1)], depth));
        emitted = true;
        continue;
      }
      const lines = blockLines(child);
      if (lines.length === 0) continue;
      if (pending === null) {
        pending = [];
        emitted = true;
      }
      pending.push(...lines);
    }
    flush();
    if (!emitted) items.push(listItem([], depth, checked));
  }
  const type = checkList ? 'check' : source.ordered ? 'number' : 'bullet';
  return list(type, items, source.ordered ? (source.start ?? 1) : 1);
}
