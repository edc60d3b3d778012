/** Clause ids as a tree: "7.5.3.2" sits under "7.5.3", which sits under "7.5", under "7". */
export function parentClause(id: string): string | null {
  const at = id.lastIndexOf('.');
  return at < 0 ? null : id.slice(0, at);
}

/** "7.5.3" -> ["7", "7.5"]: every clause above, top first. */
export function ancestorClauses(id: string): string[] {
  const parts = id.split('.');
  return parts.slice(1).map((_, index) => parts.slice(0, index + 1).join('.'));
}

/** Whether `id` is `other` or lies beneath it. */
export function isWithinClause(id: string, other: string): boolean {
  return id === other || id.startsWith(`${other}.`);
}

/** Sorts clause ids as the standard orders them: 7.2 before 7.10, 10 after 9. */
export function compareClauseIds(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
