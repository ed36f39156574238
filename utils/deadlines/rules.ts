/**
 * The deadline rules that matter most to a person's rights, as fixed functions anyone can check
 * by calling them with cases of their own (../shared/design/contracts.md: names, paths and meanings
 * are part of Repère's public shape). Pure: civil dates `YYYY-MM-DD` in and out, no clock, no
 * browser; invalid input returns `{ ok: false, error }` and never throws.
 *
 * Sources (../shared/facts/legal.md §4, legal-update.md §5), checked 2026-11:
 * - R. 431-5 CESEDA: renewal filed between the 120th and the 60th day before expiry for titles
 *   renewed through ANEF; otherwise within the two months before expiry.
 * - R. 432-2 CESEDA: silence for 4 months after a complete application = implicit rejection
 *   (90 or 60 days for some titles listed there: the UI says so); CE avis 6 May 2025 n° 499904:
 *   a renewed API does not stop that clock.
 * - R. 431-17 CESEDA: a VLS-TS must be validated within three months of entry.
 * - L. 433-3 CESEDA: after filing a renewal, holders of a 4-year card or a resident card prove
 *   their stay with the expired card for 3 months after expiry.
 */
import { daysBetween, plusDays, plusMonths, toLocalDate, type CivilDate } from './civil.ts';

import type { Result } from '../result.ts';

export type { Result };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(error: string): Result<T> => ({ ok: false, error });

function invalid<T>(name: string, value: unknown): Result<T> {
  return fail(`${name} is not a valid date YYYY-MM-DD: ${JSON.stringify(value)}`);
}

/** Runs a date computation and turns "undefined" (out of range) into an error value. */
function computed(value: CivilDate | undefined): Result<CivilDate> {
  return value === undefined ? fail('the resulting date is out of range (years 1000 to 9999)') : ok(value);
}

/** R. 431-5 CESEDA. onAnefList: the title is renewed through ANEF (window D-120 … D-60);
 *  otherwise the window is the two months before expiry (opens = expiry minus 2 calendar months,
 *  lastDay = the day before expiry). For ANEF titles: opens = expiry − 120 days,
 *  lastDay = expiry − 60 days. */
export function renewalWindow(expiry: string, onAnefList: boolean): Result<{ opens: string; lastDay: string }> {
  if (!toLocalDate(expiry)) return invalid('expiry', expiry);
  if (typeof onAnefList !== 'boolean') return fail('onAnefList must be true or false');
  const opens = computed(onAnefList ? plusDays(expiry, -120) : plusMonths(expiry, -2));
  const lastDay = computed(onAnefList ? plusDays(expiry, -60) : plusDays(expiry, -1));
  if (!opens.ok) return opens;
  if (!lastDay.ok) return lastDay;
  return ok({ opens: opens.value, lastDay: lastDay.value });
}

/** R. 432-2: silence for 4 months after a complete application = implicit rejection.
 *  Returns filedOn + 4 calendar months (end-of-month clamped, e.g. 31/10 → 28/02 or 29/02). */
export function implicitRejectionDate(completeFiledOn: string): Result<string> {
  if (!toLocalDate(completeFiledOn)) return invalid('completeFiledOn', completeFiledOn);
  return computed(plusMonths(completeFiledOn, 4));
}

/** VLS-TS must be validated within 3 months of entry: entry + 3 calendar months (clamped). */
export function vlsTsValidationDeadline(entryDate: string): Result<string> {
  if (!toLocalDate(entryDate)) return invalid('entryDate', entryDate);
  return computed(plusMonths(entryDate, 3));
}

/** L. 433-3: after filing a renewal in time, holders of a 4-year card or a resident card keep
 *  proof of stay for 3 months after expiry: expiry + 3 calendar months (clamped). */
export function continuityEnd(expiry: string): Result<string> {
  if (!toLocalDate(expiry)) return invalid('expiry', expiry);
  return computed(plusMonths(expiry, 3));
}

/** Days from `today` to `date` (negative when past). */
export function daysUntil(date: string, today: string): Result<number> {
  if (!toLocalDate(date)) return invalid('date', date);
  if (!toLocalDate(today)) return invalid('today', today);
  return ok(daysBetween(today, date)!);
}
