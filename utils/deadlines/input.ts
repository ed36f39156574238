/**
 * Dates as a person types them, copied from the card: `JJ/MM/AAAA` (also with dots, dashes or
 * spaces, one-digit days and months, and Arabic-Indic or Persian digits, which become Latin
 * digits). Pure. Every refusal says why, so the form can say it plainly and keep what was typed.
 */
import { dateParts } from '../dates/format.ts';
import { toLocalDate, type CivilDate } from './civil.ts';

export type TypedDateError =
  | { reason: 'empty' }
  /** Not in the form JJ/MM/AAAA. */
  | { reason: 'format' }
  /** A month that does not exist (13…). */
  | { reason: 'month'; month: number }
  /** A day the month does not have (31/02, 31/04, 29/02 in a common year). */
  | { reason: 'day'; day: number; month: number; year: number; daysInMonth: number }
  /** A year Repère does not take (before 1000). */
  | { reason: 'year'; year: number };

export type TypedDate = { ok: true; value: CivilDate } | { ok: false; error: TypedDateError };

const DIGITS: Record<string, string> = {};
for (let i = 0; i < 10; i += 1) {
  DIGITS[String.fromCharCode(0x0660 + i)] = String(i); // Arabic-Indic
  DIGITS[String.fromCharCode(0x06f0 + i)] = String(i); // Persian
}

/** Latin digits for Arabic-Indic and Persian ones; everything else unchanged. */
export function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => DIGITS[digit] ?? digit);
}

const TYPED = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/;

/** Reads a typed `JJ/MM/AAAA` date. */
export function parseTypedDate(text: string): TypedDate {
  const clean = latinDigits(text).trim();
  if (!clean) return { ok: false, error: { reason: 'empty' } };
  const match = TYPED.exec(clean);
  if (!match) return { ok: false, error: { reason: 'format' } };
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  if (month < 1 || month > 12) return { ok: false, error: { reason: 'month', month } };
  if (year < 1000) return { ok: false, error: { reason: 'year', year } };
  const iso = `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (day < 1 || !dateParts(iso) || !toLocalDate(iso)) {
    const daysInMonth = month === 2 ? (isLeap(year) ? 29 : 28) : new Date(Date.UTC(2001, month, 0)).getUTCDate();
    return { ok: false, error: { reason: 'day', day, month, year, daysInMonth } };
  }
  return { ok: true, value: iso };
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
