import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextDocumentId } from '../../../../src-shared/control/numbering';

describe('nextDocumentId', () => {
  it('starts at 001 and pads to three digits', () => {
    expect(nextDocumentId('PRO', [])).toBe('PRO-001');
    expect(nextDocumentId('PRO', ['PRO-009'])).toBe('PRO-010');
  });

  it('counts only its own prefix and goes past 999 without truncating', () => {
    expect(nextDocumentId('WI', ['PRO-004', 'WI-002', 'WIX-050', 'XWI-070'])).toBe('WI-003');
    expect(nextDocumentId('FRM', ['FRM-999'])).toBe('FRM-1000');
  });

  it('never reuses a number and never leaves the highest behind', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { maxLength: 40 }), (numbers) => {
        const ids = numbers.map((n) => `REG-${String(n).padStart(3, '0')}`);
        const next = nextDocumentId('REG', ids);
        expect(ids).not.toContain(next);
        expect(Number(next.slice(4))).toBe(Math.max(0, ...numbers) + 1);
        expect(next).toMatch(/^REG-\d{3,}$/);
      }),
    );
  });

  it('gives a run of unique ids when each new one is added to the set', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (count) => {
        const ids: string[] = [];
        for (let i = 0; i < count; i += 1) ids.push(nextDocumentId('PLN', ids));
        expect(new Set(ids).size).toBe(count);
      }),
    );
  });
});
