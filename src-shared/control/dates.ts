import { isIsoDate } from '../project/iso-date';

/**
 * `isoDate` plus a whole number of calendar months (0 to 1200), as YYYY-MM-DD. A day
 * that the target month lacks is clamped to its last day: 2026-01-31 + 1 is 2026-02-28,
 * 2024-01-31 + 1 is 2024-02-29. Used for review due dates, so "every 12 months" from
 * 2024-02-29 falls on 2025-02-28 rather than spilling into March.
 *
 * Throws RangeError on an invalid date, a month count outside 0-1200 or not an integer,
 * or a result after 9999-12-31.
 */
export function addMonths(isoDate: string, months: number): string {
  if (!isIsoDate(isoDate)) throw new RangeError(`"${isoDate}" is not a date as YYYY-MM-DD.`);
  if (!Number.isInteger(months) || months < 0 || months > 1200) {
    throw new RangeError(`Cannot add ${months} months: expected a whole number from 0 to 1200.`);
  }
  // Plain calendar arithmetic rather than Date: no time zone or daylight-saving shift can
  // move the day, and Date.UTC would read years below 100 as 19xx.
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  if (targetYear > 9999) throw new RangeError(`${isoDate} plus ${months} months is after 9999-12-31.`);
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`;
}

/**
 * The calendar date of `now` on this computer's clock, as YYYY-MM-DD. Local on purpose:
 * toISOString would give yesterday's or tomorrow's date near midnight outside UTC.
 */
export function todayIso(now: Date = new Date()): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayIso needs a valid Date.');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/**
 * Orders two YYYY-MM-DD dates: negative when `a` is earlier, 0 on the same day, positive
 * when later. Throws RangeError on an invalid date rather than ordering it silently.
 */
export function compareIsoDates(a: string, b: string): number {
  for (const date of [a, b]) {
    if (!isIsoDate(date)) throw new RangeError(`"${date}" is not a date as YYYY-MM-DD.`);
  }
  // Fixed-width, most significant field first: string order is date order.
  return a < b ? -1 : a > b ? 1 : 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The calendar day `days` after an ISO date (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  if (!isIsoDate(isoDate) || !Number.isInteger(days)) throw new RangeError(`Cannot add ${days} days to "${isoDate}".`);
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}
