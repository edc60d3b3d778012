import { MAX_CONTENT_DEPTH } from '../../editor/serialized-content';

/**
 * How deeply a Markdown line opens blocks before its text: each `>` and each list marker
 * at its start opens one, and every four columns of indentation may continue one. An
 * upper bound, counted in one pass with no parsing, so a template nested thousands of
 * levels deep is refused before the Markdown parser (which recurses) ever sees it.
 */
export function lineNesting(line: string): number {
  let depth = 0;
  let columns = 0;
  let at = 0;
  while (at < line.length) {
    const rest = line.slice(at);
    const space = /^[ \t]+/.exec(rest);
    if (space) {
      for (const char of space[0]) columns += char === '\t' ? 4 : 1;
      at += space[0].length;
      continue;
    }
    const marker = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/.exec(rest);
    if (!marker) break;
    depth += 1;
    at += marker[0].length;
  }
  return depth + Math.floor(columns / 4);
}

/** Why a template body is refused for nesting too deep, or null. */
export function nestingProblem(body: string): string | null {
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    if (lineNesting(lines[index] as string) > MAX_CONTENT_DEPTH)
      return `line ${index + 1} nests lists or quotes deeper than ${MAX_CONTENT_DEPTH} levels, more than a document may hold`;
  }
  return null;
}
