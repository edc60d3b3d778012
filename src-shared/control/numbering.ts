/**
 * Document numbers: PREFIX-NNN, unique within the project and never reused. The
 * next number is one above the highest ever seen for the prefix, counting damaged
 * files too, so a number whose file is broken is not handed out again.
 */
export function nextDocumentId(prefix: string, existingIds: Iterable<string>): string {
  let highest = 0;
  const pattern = new RegExp(`^${prefix.replace(/[^A-Z0-9]/g, '')}-(\\d+)$`);
  for (const id of existingIds) {
    const match = pattern.exec(id);
    if (match?.[1]) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}-${String(highest + 1).padStart(3, '0')}`;
}
