import type { InlineJson } from '../../editor/nodes';

/** Lexical merges neighbouring text nodes of the same format; do it here so the output is already normal. */
export function mergeText(nodes: readonly InlineJson[]): InlineJson[] {
  const out: InlineJson[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && node.text === '') continue;
    const previous = out[out.length - 1];
    if (node.type === 'text' && previous?.type === 'text' && previous.format === node.format) {
      out[out.length - 1] = { ...previous, text: previous.text + node.text };
    } else out.push(node);
  }
  return out;
}

/** Lines of inline content joined by line breaks: for containers that hold one block of inline content. */
export function joinLines(lines: readonly InlineJson[][]): InlineJson[] {
  const out: InlineJson[] = [];
  lines.forEach((line, index) => {
    if (index > 0) out.push({ type: 'linebreak', version: 1 });
    out.push(...line);
  });
  return mergeText(out);
}
