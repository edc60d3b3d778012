import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareIsoDates, todayIso } from '../../../../src-shared/control/dates';
import { isIsoDate } from '../../../../src-shared/project/iso-date';

/** Valid dates early enough that adding the full 1200 months stays before year 10000. */
const isoDate = fc
  .date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(8799, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const monthCount = fc.integer({ min: 0, max: 1200 });

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 12, '2027-03-31'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-31', 1, '2027-01-31'],
    ['2026-05-10', 0, '2026-05-10'],
    ['2026-05-10', 1200, '2126-05-10'],
    ['9999-11-30', 1, '9999-12-30'],
  ] as const)('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-02-29', 1],
    ['2026-13-01', 1],
    ['2026-1-01', 1],
    ['', 1],
    ['2026-01-01T00:00:00Z', 1],
    ['2026-01-01', -1],
    ['2026-01-01', 1201],
    ['2026-01-01', 1.5],
    ['2026-01-01', Number.NaN],
    ['2026-01-01', Number.POSITIVE_INFINITY],
    ['9999-12-01', 1],
  ] as const)('refuses %j plus %d months with a RangeError', (date, months) => {
    expect(() => addMonths(date, months)).toThrow(RangeError);
  });

  it('adding 0 months returns the same date', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(addMonths(date, 0)).toBe(date);
      }),
    );
  });

  it('always returns a valid date, in the month k months on, never on a later day of the month than the source', () => {
    fc.assert(
      fc.property(isoDate, monthCount, (date, months) => {
        const result = addMonths(date, months);
        expect(isIsoDate(result)).toBe(true);
        const [year, month, day] = parts(date);
        const [resultYear, resultMonth, resultDay] = parts(result);
        expect(resultYear * 12 + resultMonth - (year * 12 + month)).toBe(months);
        expect(resultDay).toBeLessThanOrEqual(day);
        // Only the days a short month lacks are clamped; the 28th exists in every month.
        if (day <= 28) expect(resultDay).toBe(day);
      }),
    );
  });

  it('adding 12 months moves the year by exactly one and keeps the month', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const [year, month] = parts(date);
        const [resultYear, resultMonth] = parts(addMonths(date, 12));
        expect([resultYear, resultMonth]).toEqual([year + 1, month]);
      }),
    );
  });

  it('never returns an earlier date, and a later one for any positive number of months', () => {
    fc.assert(
      fc.property(isoDate, monthCount, (date, months) => {
        const sign = Math.sign(compareIsoDates(addMonths(date, months), date));
        expect(sign).toBe(months === 0 ? 0 : 1);
      }),
    );
  });
});

describe('todayIso', () => {
  it.each([
    ['2026-01-31', 23, 59],
    ['2026-02-01', 0, 0],
    ['2024-02-29', 12, 0],
    ['0999-12-31', 23, 59],
  ] as const)('gives the local calendar day %s, also at %i:%i near midnight', (expected, hour, minute) => {
    const [year, month, day] = parts(expected);
    expect(todayIso(new Date(year, month - 1, day, hour, minute))).toBe(expected);
  });

  it('matches the local date fields of any moment', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1000, 0, 2)), max: new Date(Date.UTC(9999, 11, 30)), noInvalidDate: true }),
        (now) => {
          const today = todayIso(now);
          expect(isIsoDate(today)).toBe(true);
          expect(parts(today)).toEqual([now.getFullYear(), now.getMonth() + 1, now.getDate()]);
        },
      ),
    );
  });

  it('defaults to the current day', () => {
    const before = todayIso(new Date());
    const today = todayIso();
    const after = todayIso(new Date());
    expect([before, after]).toContain(today);
  });

  it('refuses an invalid Date with a RangeError', () => {
    expect(() => todayIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('compareIsoDates', () => {
  it.each([
    ['2026-01-31', '2026-02-01', -1],
    ['2026-02-01', '2026-01-31', 1],
    ['2025-12-31', '2026-01-01', -1],
    ['2026-05-05', '2026-05-05', 0],
    ['0999-12-31', '1000-01-01', -1],
  ] as const)('%s against %s has sign %i', (a, b, sign) => {
    expect(Math.sign(compareIsoDates(a, b))).toBe(sign);
  });

  it('orders dates as the calendar does', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const expected = Math.sign(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));
        expect(Math.sign(compareIsoDates(a, b))).toBe(expected);
        expect(Math.sign(compareIsoDates(b, a)) === -expected, `${b} against ${a}`).toBe(true);
      }),
    );
  });

  it.each([
    ['2026-02-30', '2026-01-01'],
    ['2026-01-01', '2026/01/02'],
    ['', '2026-01-01'],
  ])('refuses %j or %j with a RangeError', (a, b) => {
    expect(() => compareIsoDates(a, b)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-11-26', 1, '2026-11-27'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i day(s) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('refuses an invalid date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
