/**
 * Civil-date arithmetic for the deadline rules: `YYYY-MM-DD` strings in, `YYYY-MM-DD` strings out,
 * with date-fns doing the calendar work on local-midnight `Date`s built from year/month/day and
 * formatted back with `format(d, 'yyyy-MM-dd')`. Nothing here reads the clock or converts between
 * time zones, so a deadline never moves by a day because of where or when the code runs
 * (daylight-saving changes included: differences are counted in calendar days).
 * Month arithmetic clamps to the end of the month, as French deadlines are read
 * (31/10 + 4 months → 28/02, or 29/02 in a leap year).
 */
import { addDays, addMonths, differenceInCalendarDays, format } from 'date-fns';
import { dateParts } from '../dates/format.ts';

/** A civil date `YYYY-MM-DD`, without time or zone. */
export type CivilDate = string;

/** Years Repère accepts: four digits, and none before the Gregorian calendar mattered to anyone. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** The local-midnight Date of a civil date, or undefined when the string is not a real date. */
export function toLocalDate(iso: string): Date | undefined {
  if (typeof iso !== 'string') return undefined;
  const parts = dateParts(iso);
  if (!parts || parts.year < MIN_YEAR) return undefined;
  const date = new Date(2000, 0, 1);
  // setFullYear, not the constructor: `new Date(50, 0, 1)` would mean 1950.
  date.setFullYear(parts.year, parts.month - 1, parts.day);
  return date;
}

/** The civil date of a local Date; undefined when the result leaves the four-digit years. */
export function fromLocalDate(date: Date): CivilDate | undefined {
  const year = date.getFullYear();
  if (Number.isNaN(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  return format(date, 'yyyy-MM-dd');
}

/** `iso` plus `months` calendar months (negative: minus), clamped to the month's end. */
export function plusMonths(iso: CivilDate, months: number): CivilDate | undefined {
  const date = toLocalDate(iso);
  return date ? fromLocalDate(addMonths(date, months)) : undefined;
}

/** `iso` plus `days` calendar days (negative: minus). */
export function plusDays(iso: CivilDate, days: number): CivilDate | undefined {
  const date = toLocalDate(iso);
  return date ? fromLocalDate(addDays(date, days)) : undefined;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number | undefined {
  const a = toLocalDate(from);
  const b = toLocalDate(to);
  // `+ 0` turns a -0 into 0.
  return a && b ? differenceInCalendarDays(b, a) + 0 : undefined;
}

/** Today's civil date on this device (for the background and the UI; pure code takes it as input). */
export function civilToday(now: Date): CivilDate {
  return format(now, 'yyyy-MM-dd');
}
