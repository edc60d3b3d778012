import { z } from 'zod';

/**
 * Names (authors, approvers, owners, the user, people trained, the organization) are what
 * the register and the history show an auditor, so they may not hold characters that hide
 * or disguise text: control characters (C0, DEL, C1: NUL, line breaks, escapes) and the
 * bidirectional-text controls, with which one name can be made to display as another.
 */
const BIDI_CONTROLS = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

function hidesText(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || BIDI_CONTROLS.has(code);
}

/** The first character of `text` that no name may hold, written as U+202E; null when there is none. */
export function forbiddenNameCharacter(text: string): string | null {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (hidesText(code)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return null;
}

/** Why `text` cannot be a name, starting with the field (`label`); null when it can. */
export function nameProblem(text: string, label = 'A name'): string | null {
  const found = forbiddenNameCharacter(text);
  return found ? `${label} may not contain control characters or bidirectional-text controls (it has ${found})` : null;
}

/** Why `by` cannot be recorded as who did something, as a sentence; null when it can. */
export function actorNameProblem(by: string): string | null {
  const problem = nameProblem(by, 'The name of who acts');
  return problem === null ? null : `${problem}.`;
}

/** The rule added to a string schema; its message starts with `label`. */
export function withNameRule<T extends z.ZodString>(schema: T, label?: string): T {
  return schema.superRefine((text, ctx) => {
    const problem = nameProblem(text, label);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A name as a file stores it: empty where the field allows it (owner, reviewer). */
export const storedNameSchema = withNameRule(z.string());

/** A name given in a request: trimmed, 1 to 120 characters. */
export const personNameSchema = withNameRule(z.string().trim().min(1).max(120));
