/**
 * JSON for files people diff: keys sorted at every level, two-space indent, a final
 * newline. The same data always gives the same bytes, so a one-word edit in a
 * document is a one-line change in git.
 */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/** The same sorted-key JSON on one line, for append-only logs such as history.jsonl. */
export function stableJsonLine(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    // fromEntries defines own properties, so even a key named "__proto__" survives.
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
