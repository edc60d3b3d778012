/**
 * Revision labels of controlled documents. The project chooses one scheme; every label
 * the program writes comes from `initialRevision` and `advanceRevision`, so the renderer,
 * the main process and the command line always agree on what comes next.
 */
export const REVISION_SCHEMES = ['numeric', 'decimal', 'letters'] as const;

export type RevisionScheme = (typeof REVISION_SCHEMES)[number];

export function isRevisionScheme(value: string): value is RevisionScheme {
  return (REVISION_SCHEMES as readonly string[]).includes(value);
}

/** Names shown where the user picks the project's revision scheme. */
export const REVISION_SCHEME_LABELS: Record<RevisionScheme, string> = {
  numeric: 'Numeric (1, 2, 3)',
  decimal: 'Decimal (0.1 drafts, 1.0 on approval)',
  letters: 'Letters (A, B, C)',
};

/**
 * At most six digits per number and six letters, as `revisionLabelSchema` in
 * project/schema.ts stores them: a label this module calls valid can always be saved,
 * and it never produces one that the project file would refuse.
 */
const NUMERIC_LABEL = /^[1-9][0-9]{0,5}$/;
const DECIMAL_LABEL = /^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$/;
const LETTERS_LABEL = /^[A-Z]{1,6}$/;

/** The label of the first draft of a new document: "1", "0.1" or "A". */
export function initialRevision(scheme: RevisionScheme): string {
  switch (scheme) {
    case 'numeric':
      return '1';
    case 'decimal':
      return '0.1';
    case 'letters':
      return 'A';
    default:
      throw unknownScheme(scheme);
  }
}

/**
 * Whether `label` is a well-formed label of `scheme`: a positive integer without
 * leading zeros, `<major>.<minor>` without leading zeros, or uppercase letters A-Z.
 * Decimal "0.0" is refused: major 0 holds only drafts, and drafts start at 0.1.
 */
export function isValidRevision(scheme: RevisionScheme, label: string): boolean {
  switch (scheme) {
    case 'numeric':
      return NUMERIC_LABEL.test(label);
    case 'decimal':
      return DECIMAL_LABEL.test(label) && label !== '0.0';
    case 'letters':
      return LETTERS_LABEL.test(label);
    default:
      return false;
  }
}

/**
 * The label after `label` when a new draft is started or the working draft is approved.
 *
 * - numeric and letters: approving keeps the label; a new draft takes the next number
 *   or letter sequence (Z -> AA, AZ -> BA, ZZ -> AAA).
 * - decimal: a new draft raises the minor number (1.0 -> 1.1, 0.1 -> 0.2); approving a
 *   draft gives the next major version (0.7 -> 1.0, 1.3 -> 2.0), and approving a label
 *   that is already a major version ("2.0") keeps it.
 *
 * Throws RangeError when `label` is not valid for `scheme`, or when the next label would
 * be longer than a project file can store (e.g. a new draft after "999999").
 */
export function advanceRevision(scheme: RevisionScheme, label: string, step: 'new-draft' | 'approve'): string {
  if (!isValidRevision(scheme, label)) {
    throw invalidLabel(scheme, label);
  }
  const next = nextLabel(scheme, label, step);
  // Only reachable at the six-character ceiling; refusing beats writing a label the project file rejects.
  if (!isValidRevision(scheme, next)) {
    throw new RangeError(`Revision label "${label}" is the last one the ${scheme} revision scheme can store.`);
  }
  return next;
}

/**
 * Orders two labels of the same scheme: negative when `a` comes before `b`, 0 when they
 * are equal, positive after. Numbers compare by value ("9" < "10"), decimal labels by
 * major then minor, letters by length then alphabet ("Z" < "AA"). Throws RangeError on
 * an invalid label, since any answer for it would be a guess.
 */
export function compareRevisions(scheme: RevisionScheme, a: string, b: string): number {
  for (const label of [a, b]) {
    if (!isValidRevision(scheme, label)) {
      throw invalidLabel(scheme, label);
    }
  }
  switch (scheme) {
    case 'numeric':
      return Math.sign(Number(a) - Number(b));
    case 'decimal': {
      const [majorA, minorA] = splitDecimal(a);
      const [majorB, minorB] = splitDecimal(b);
      return Math.sign(majorA - majorB || minorA - minorB);
    }
    case 'letters':
      // Same length means same "number of digits", so plain code-unit order is the alphabet.
      return Math.sign(a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0);
    default:
      throw unknownScheme(scheme);
  }
}

function nextLabel(scheme: RevisionScheme, label: string, step: 'new-draft' | 'approve'): string {
  if (step !== 'new-draft' && step !== 'approve') {
    throw new RangeError(`Unknown revision step "${String(step)}".`);
  }
  switch (scheme) {
    case 'numeric':
      // Six digits at most, so Number is exact.
      return step === 'approve' ? label : String(Number(label) + 1);
    case 'decimal': {
      const [major, minor] = splitDecimal(label);
      if (step === 'new-draft') return `${major}.${minor + 1}`;
      return minor === 0 ? label : `${major + 1}.0`;
    }
    case 'letters':
      return step === 'approve' ? label : nextLetters(label);
    default:
      throw unknownScheme(scheme);
  }
}

function splitDecimal(label: string): [number, number] {
  const dot = label.indexOf('.');
  return [Number(label.slice(0, dot)), Number(label.slice(dot + 1))];
}

/** Spreadsheet-column counting (bijective base 26): there is no zero letter, so Z carries to AA, not BA. */
function nextLetters(label: string): string {
  const codes = [...label].map((letter) => letter.charCodeAt(0));
  let index = codes.length - 1;
  while (index >= 0 && codes[index] === 90 /* Z */) {
    codes[index] = 65 /* A */;
    index -= 1;
  }
  if (index < 0) return `A${String.fromCharCode(...codes)}`;
  codes[index] = (codes[index] ?? 65) + 1;
  return String.fromCharCode(...codes);
}

function invalidLabel(scheme: RevisionScheme, label: string): RangeError {
  return new RangeError(`Revision label "${label}" is not valid for the ${scheme} revision scheme.`);
}

function unknownScheme(scheme: never): RangeError {
  return new RangeError(`Unknown revision scheme "${String(scheme)}".`);
}
