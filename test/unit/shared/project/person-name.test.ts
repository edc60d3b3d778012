import { describe, expect, it } from 'vitest';
import {
  forbiddenNameCharacter,
  nameProblem,
  personNameSchema,
  storedNameSchema,
} from '../../../../src-shared/project/person-name';

/** Each character that can hide or disguise a name in the register, by code point. */
const HIDING = [
  0x0000, // NUL
  0x0009, // tab
  0x000a, // line feed
  0x000d, // carriage return
  0x001b, // escape
  0x001f,
  0x007f, // DEL
  0x0080, // C1
  0x0085, // next line
  0x009f,
  0x061c, // Arabic letter mark
  0x200e, // left-to-right mark
  0x200f, // right-to-left mark
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e, // right-to-left override
  0x2066,
  0x2067,
  0x2068,
  0x2069,
];

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

describe('the rule for names', () => {
  it.each(HIDING.map((code) => [hex(code), code]))('refuses %s anywhere in a name', (label, code) => {
    const char = String.fromCodePoint(code);
    for (const name of [`${char}Tom Okafor`, `Tom${char}Okafor`, `Tom Okafor${char}`]) {
      expect(forbiddenNameCharacter(name), JSON.stringify(name)).toBe(label);
      expect(storedNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(false);
    }
    expect(personNameSchema.safeParse(`Tom${char}Okafor`).success).toBe(false);
  });

  it.each([
    'Tom Okafor',
    'Élaine Marsh-Ní Bhriain',
    "Seán O'Brien",
    'محمد الفاسي',
    'שרה כהן',
    '李小龙',
    'Ana María\u00a0Pérez', // a no-break space is a space, not a control
    'Priya\u200dShah', // a zero-width joiner shapes Indic scripts; it is not a direction control
    'Dr. J. Smith (QA)',
  ])('accepts %j', (name) => {
    expect(forbiddenNameCharacter(name)).toBeNull();
    expect(storedNameSchema.safeParse(name).success).toBe(true);
    expect(personNameSchema.safeParse(name).success).toBe(true);
  });

  it('says which character it found, in a sentence that starts with the field', () => {
    expect(nameProblem('Tom\u202eOkafor', '--by')).toBe(
      '--by may not contain control characters or bidirectional-text controls (it has U+202E)',
    );
    expect(nameProblem('Tom Okafor', '--by')).toBeNull();
    const refused = personNameSchema.safeParse('Tom\u0000');
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
      'A name may not contain control characters or bidirectional-text controls (it has U+0000)',
    ]);
  });

  it('trims a name given in a request and wants one to 120 characters, while a stored name may be empty', () => {
    expect(personNameSchema.parse('  Tom Okafor ')).toBe('Tom Okafor');
    expect(personNameSchema.safeParse('   ').success).toBe(false);
    expect(personNameSchema.safeParse('x'.repeat(121)).success).toBe(false);
    expect(storedNameSchema.safeParse('').success).toBe(true);
  });
});
