import { isDeepStrictEqual } from 'node:util';

/**
 * A three-way merge of JSON values (the project file): what changed on one side only is
 * taken; where both sides changed the same field differently, ours stays and the field is
 * named, so the summary can say whose value was kept.
 */
export function mergeJson(base: unknown, ours: unknown, theirs: unknown, path = ''): { value: unknown; clashes: string[] } {
  if (isDeepStrictEqual(ours, theirs) || isDeepStrictEqual(base, theirs)) return { value: ours, clashes: [] };
  if (isDeepStrictEqual(base, ours)) return { value: theirs, clashes: [] };
  if (isRecord(base) && isRecord(ours) && isRecord(theirs)) {
    const value: Record<string, unknown> = {};
    const clashes: string[] = [];
    for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
      const merged = mergeJson(base[key], ours[key], theirs[key], path ? `${path}.${key}` : key);
      if (merged.value !== undefined) value[key] = merged.value;
      clashes.push(...merged.clashes);
    }
    return { value, clashes };
  }
  return { value: ours, clashes: [path || '(the whole file)'] };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
