/**
 * Whether a JSON value nests objects and arrays more than `limit` levels deep (`{}` and
 * `[1]` are one level, `{"a": []}` two). It walks with a list of its own instead of the
 * call stack, so a value thousands of levels deep, which would overflow every recursive
 * reader after it (zod, a migration, JSON.stringify), is answered rather than thrown on.
 * It stops at the first level past the limit, so a cycle ends too.
 */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    const depth = next.depth + 1;
    if (depth > limit) return true;
    const children = Array.isArray(next.value) ? next.value : Object.values(next.value);
    for (const child of children) {
      if (child !== null && typeof child === 'object') pending.push({ value: child, depth });
    }
  }
  return false;
}
