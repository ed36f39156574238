/**
 * Showing dates to a person: always the Gregorian calendar and Latin digits (facts/users-languages.md
 * §2.3: Dari defaults to the Solar Hijri calendar, Bengali to Bengali digits), and `JJ/MM/AAAA`
 * exactly as printed on French documents wherever a date must be matched against a card.
 * For languages whose `Intl` data is missing (ps, ti…), month names come from the language pack.
 * Pure: the language is passed in.
 */
import { languageInfo } from '../i18n/languages.ts';

/** A civil date `YYYY-MM-DD`, without time or zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a valid civil date, or undefined (wrong shape, 31/02, 00/…). */
export function dateParts(iso: string): { year: number; month: number; day: number } | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return { year, month, day };
}

/** `JJ/MM/AAAA`, as printed on French documents (same in every language). */
export function formatFrenchDate(iso: IsoDate): string {
  const parts = dateParts(iso);
  if (!parts) return iso;
  return `${String(parts.day).padStart(2, '0')}/${String(parts.month).padStart(2, '0')}/${parts.year}`;
}

/**
 * "15 mars 2027" / "15 March 2027" / "15 مارس 2027": a date in words, Gregorian, Latin digits.
 * `monthNames` (12 names from the pack) are used when the browser has no data for the language.
 */
export function formatDateLong(iso: IsoDate, language: string, monthNames?: readonly string[]): string {
  const parts = dateParts(iso);
  if (!parts) return iso;
  const info = languageInfo(language);
  if (!info.intlDates && monthNames?.length === 12) {
    return `${parts.day} ${monthNames[parts.month - 1]} ${parts.year}`;
  }
  return new Intl.DateTimeFormat(info.intlDates ? info.intl : 'fr-FR', {
    day: 'numeric', month: 'long', year: 'numeric', calendar: 'gregory', numberingSystem: 'latn', timeZone: 'UTC',
  }).format(new Date(Date.UTC(parts.year, parts.month - 1, parts.day)));
}

/** "novembre 2026" for a `YYYY-MM` month, on the same rules as formatDateLong. */
export function formatMonthYear(yearMonth: string, language: string, monthNames?: readonly string[]): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) return yearMonth;
  const info = languageInfo(language);
  if (!info.intlDates && monthNames?.length === 12) return `${monthNames[month - 1]} ${match[1]}`;
  return new Intl.DateTimeFormat(info.intlDates ? info.intl : 'fr-FR', {
    month: 'long', year: 'numeric', calendar: 'gregory', numberingSystem: 'latn', timeZone: 'UTC',
  }).format(new Date(Date.UTC(Number(match[1]), month - 1, 1)));
}

/**
 * A number as the person's language writes it, always with Latin digits (0–9), like the numbers
 * ANEF and French documents print: "1 234" in French, "1,234" in English, "1.234" in Turkish.
 * Languages without browser data use the French grouping.
 */
export function formatNumber(value: number, language: string): string {
  if (!Number.isFinite(value)) return String(value);
  const info = languageInfo(language);
  return new Intl.NumberFormat(info.intlDates ? info.intl : 'fr-FR', { numberingSystem: 'latn' }).format(value);
}
