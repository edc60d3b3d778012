import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceRevision,
  compareRevisions,
  initialRevision,
  isValidRevision,
  REVISION_SCHEME_LABELS,
  type RevisionScheme,
} from '../../../../src-shared/control/revision';
import { projectFileSchema, revisionLabelSchema } from '../../../../src-shared/project/schema';

const SCHEMES = Object.keys(REVISION_SCHEME_LABELS) as RevisionScheme[];

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** Valid labels of each scheme, with room left below the six-character ceiling so a new draft always exists. */
const validLabel: Record<RevisionScheme, fc.Arbitrary<string>> = {
  numeric: fc.integer({ min: 1, max: 999_998 }).map(String),
  decimal: fc
    .tuple(fc.integer({ min: 0, max: 999_998 }), fc.integer({ min: 0, max: 999_998 }))
    .filter(([major, minor]) => major > 0 || minor > 0)
    .map(([major, minor]) => `${major}.${minor}`),
  letters: fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 5 }),
};

const schemeAndLabel = fc.constantFrom(...SCHEMES).chain((scheme) => validLabel[scheme].map((label) => ({ scheme, label })));

const step = fc.constantFrom('new-draft' as const, 'approve' as const);

describe('revision schemes', () => {
  it('offer exactly the schemes a project file can store, each with a name for the user', () => {
    expect(SCHEMES.sort()).toEqual([...projectFileSchema.shape.revisionScheme.options].sort());
    for (const scheme of SCHEMES) expect(REVISION_SCHEME_LABELS[scheme].length).toBeGreaterThan(0);
  });

  it.each([
    ['numeric', '1'],
    ['decimal', '0.1'],
    ['letters', 'A'],
  ] as const)('start a new %s document at %s', (scheme, label) => {
    expect(initialRevision(scheme)).toBe(label);
  });
});

describe('advanceRevision', () => {
  it.each([
    // numeric: a new draft takes the next number, approval keeps it
    ['numeric', '1', 'approve', '1'],
    ['numeric', '1', 'new-draft', '2'],
    ['numeric', '2', 'new-draft', '3'],
    ['numeric', '9', 'new-draft', '10'],
    ['numeric', '99', 'new-draft', '100'],
    ['numeric', '10', 'approve', '10'],
    // decimal: drafts are minor versions, approval makes the next major one
    ['decimal', '0.1', 'approve', '1.0'],
    ['decimal', '0.7', 'approve', '1.0'],
    ['decimal', '0.1', 'new-draft', '0.2'],
    ['decimal', '0.9', 'new-draft', '0.10'],
    ['decimal', '1.0', 'new-draft', '1.1'],
    ['decimal', '1.3', 'approve', '2.0'],
    ['decimal', '1.9', 'new-draft', '1.10'],
    ['decimal', '9.5', 'approve', '10.0'],
    ['decimal', '2.0', 'approve', '2.0'],
    // letters: spreadsheet-column counting, approval keeps the label
    ['letters', 'A', 'approve', 'A'],
    ['letters', 'A', 'new-draft', 'B'],
    ['letters', 'Y', 'new-draft', 'Z'],
    ['letters', 'Z', 'new-draft', 'AA'],
    ['letters', 'AA', 'new-draft', 'AB'],
    ['letters', 'AZ', 'new-draft', 'BA'],
    ['letters', 'BZ', 'new-draft', 'CA'],
    ['letters', 'ZZ', 'new-draft', 'AAA'],
    ['letters', 'AZZ', 'new-draft', 'BAA'],
    ['letters', 'ZZ', 'approve', 'ZZ'],
  ] as const)('%s: %s after %s is %s', (scheme, label, stepName, expected) => {
    expect(advanceRevision(scheme, label, stepName)).toBe(expected);
  });

  it('counts letters like spreadsheet columns: the 26th label is Z, the 27th AA, the 702nd ZZ, the 703rd AAA', () => {
    const labels = [initialRevision('letters')];
    while (labels.length < 703) labels.push(advanceRevision('letters', labels.at(-1) ?? '', 'new-draft'));
    expect([labels[25], labels[26], labels[51], labels[52], labels[701], labels[702]]).toEqual([
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it.each([
    ['numeric', '0'],
    ['numeric', '01'],
    ['numeric', '-1'],
    ['numeric', '1.0'],
    ['numeric', 'A'],
    ['numeric', ''],
    ['numeric', ' 1'],
    ['decimal', '1'],
    ['decimal', '0.0'],
    ['decimal', '01.0'],
    ['decimal', '1.01'],
    ['decimal', '1.'],
    ['decimal', '.1'],
    ['decimal', '1.0.0'],
    ['decimal', '1,0'],
    ['decimal', ''],
    ['letters', 'a'],
    ['letters', 'A1'],
    ['letters', 'Ä'],
    ['letters', 'A B'],
    ['letters', ''],
  ] as const)('refuses the %s label %j with a RangeError naming label and scheme', (scheme, label) => {
    for (const stepName of ['new-draft', 'approve'] as const) {
      expect(() => advanceRevision(scheme, label, stepName)).toThrow(RangeError);
      expect(() => advanceRevision(scheme, label, stepName)).toThrow(`"${label}"`);
      expect(() => advanceRevision(scheme, label, stepName)).toThrow(scheme);
    }
  });

  it.each([
    ['numeric', '999999', 'new-draft'],
    ['decimal', '1.999999', 'new-draft'],
    ['decimal', '999999.1', 'approve'],
    ['letters', 'ZZZZZZ', 'new-draft'],
  ] as const)('refuses to go past the longest label a project file stores (%s %s, %s)', (scheme, label, stepName) => {
    expect(() => advanceRevision(scheme, label, stepName)).toThrow(RangeError);
  });

  it('keeps labels at the ceiling when approving them does not need a longer one', () => {
    expect(advanceRevision('numeric', '999999', 'approve')).toBe('999999');
    expect(advanceRevision('decimal', '999999.0', 'approve')).toBe('999999.0');
    expect(advanceRevision('letters', 'ZZZZZZ', 'approve')).toBe('ZZZZZZ');
  });
});

describe('isValidRevision', () => {
  it.each([
    ['numeric', '1', true],
    ['numeric', '10', true],
    ['numeric', '999999', true],
    ['numeric', '1000000', false],
    ['numeric', '0', false],
    ['numeric', '007', false],
    ['numeric', '１', false],
    ['decimal', '0.1', true],
    ['decimal', '1.0', true],
    ['decimal', '10.12', true],
    ['decimal', '0.0', false],
    ['decimal', '1.00', false],
    ['decimal', '1', false],
    ['decimal', '1.1234567', false],
    ['letters', 'A', true],
    ['letters', 'AZ', true],
    ['letters', 'ZZZZZZ', true],
    ['letters', 'AAAAAAA', false],
    ['letters', 'b', false],
    ['letters', '1', false],
  ] as const)('%s %j is %s', (scheme, label, expected) => {
    expect(isValidRevision(scheme, label)).toBe(expected);
  });

  it('rejects a label from another scheme', () => {
    expect(isValidRevision('numeric', 'A')).toBe(false);
    expect(isValidRevision('letters', '1')).toBe(false);
    expect(isValidRevision('decimal', '3')).toBe(false);
  });
});

describe('compareRevisions', () => {
  it.each([
    ['numeric', '9', '10', -1],
    ['numeric', '10', '9', 1],
    ['numeric', '2', '2', 0],
    ['decimal', '0.9', '0.10', -1],
    ['decimal', '0.10', '1.0', -1],
    ['decimal', '1.0', '1.1', -1],
    ['decimal', '2.0', '1.9', 1],
    ['decimal', '10.0', '9.99', 1],
    ['decimal', '1.3', '1.3', 0],
    ['letters', 'Z', 'AA', -1],
    ['letters', 'AA', 'AB', -1],
    ['letters', 'AZ', 'BA', -1],
    ['letters', 'ZZ', 'AAA', -1],
    ['letters', 'B', 'A', 1],
    ['letters', 'C', 'C', 0],
  ] as const)('%s: %s against %s has sign %i', (scheme, a, b, sign) => {
    expect(Math.sign(compareRevisions(scheme, a, b))).toBe(sign);
  });

  it('throws a RangeError when either label is invalid for the scheme', () => {
    expect(() => compareRevisions('numeric', '01', '2')).toThrow(RangeError);
    expect(() => compareRevisions('letters', 'A', 'a')).toThrow(RangeError);
    expect(() => compareRevisions('decimal', '1.0', '2')).toThrow(RangeError);
  });

  it('is a total order: reflexive, antisymmetric and transitive', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...SCHEMES)
          .chain((scheme) => fc.tuple(fc.constant(scheme), validLabel[scheme], validLabel[scheme], validLabel[scheme])),
        ([scheme, a, b, c]) => {
          expect(compareRevisions(scheme, a, a)).toBe(0);
          expect(
            Math.sign(compareRevisions(scheme, a, b)) === -Math.sign(compareRevisions(scheme, b, a)),
            `${a} against ${b}`,
          ).toBe(true);
          if (compareRevisions(scheme, a, b) <= 0 && compareRevisions(scheme, b, c) <= 0) {
            expect(compareRevisions(scheme, a, c)).toBeLessThanOrEqual(0);
          }
          expect(compareRevisions(scheme, a, b) === 0).toBe(a === b);
        },
      ),
    );
  });
});

describe('revision properties', () => {
  it('a new draft always sorts strictly after the label it came from', () => {
    fc.assert(
      fc.property(schemeAndLabel, ({ scheme, label }) => {
        expect(compareRevisions(scheme, advanceRevision(scheme, label, 'new-draft'), label)).toBeGreaterThan(0);
      }),
    );
  });

  it('approving never moves a label backwards', () => {
    fc.assert(
      fc.property(schemeAndLabel, ({ scheme, label }) => {
        expect(compareRevisions(scheme, advanceRevision(scheme, label, 'approve'), label)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('approving an approved label keeps it (decimal n.0 stays n.0)', () => {
    fc.assert(
      fc.property(schemeAndLabel, ({ scheme, label }) => {
        const approved = advanceRevision(scheme, label, 'approve');
        expect(advanceRevision(scheme, approved, 'approve')).toBe(approved);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (major) => {
        expect(advanceRevision('decimal', `${major}.0`, 'approve')).toBe(`${major}.0`);
      }),
    );
  });

  it('approving a decimal draft gives the next major version', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_998 }), fc.integer({ min: 1, max: 999_999 }), (major, minor) => {
        expect(advanceRevision('decimal', `${major}.${minor}`, 'approve')).toBe(`${major + 1}.0`);
      }),
    );
  });

  it('every label it produces is valid for the scheme and storable in a project file', () => {
    fc.assert(
      fc.property(schemeAndLabel, step, ({ scheme, label }, stepName) => {
        const next = advanceRevision(scheme, label, stepName);
        expect(isValidRevision(scheme, next)).toBe(true);
        expect(revisionLabelSchema.safeParse(next).success).toBe(true);
      }),
    );
  });

  it('every label it accepts is storable in a project file', () => {
    fc.assert(
      fc.property(schemeAndLabel, ({ label }) => {
        expect(revisionLabelSchema.safeParse(label).success).toBe(true);
      }),
    );
  });

  it('from the first draft, any run of steps never goes backwards, and new drafts never repeat a label', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCHEMES), fc.array(step, { maxLength: 60 }), (scheme, steps) => {
        let label = initialRevision(scheme);
        const drafts = [label];
        for (const stepName of steps) {
          const next = advanceRevision(scheme, label, stepName);
          expect(compareRevisions(scheme, next, label)).toBeGreaterThanOrEqual(0);
          if (stepName === 'new-draft') drafts.push(next);
          label = next;
        }
        expect(new Set(drafts).size).toBe(drafts.length);
      }),
    );
  });

  it('the first draft followed by k new drafts is strictly increasing without repeats', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCHEMES), fc.integer({ min: 1, max: 800 }), (scheme, k) => {
        const labels = [initialRevision(scheme)];
        for (let i = 0; i < k; i += 1) labels.push(advanceRevision(scheme, labels.at(-1) ?? '', 'new-draft'));
        for (let i = 1; i < labels.length; i += 1) {
          expect(compareRevisions(scheme, labels[i] ?? '', labels[i - 1] ?? '')).toBeGreaterThan(0);
        }
        expect(new Set(labels).size).toBe(labels.length);
      }),
      { numRuns: 30 },
    );
  });
});
