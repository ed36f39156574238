import { describe, expect, it } from 'vitest';
import { dateParts, formatDateLong, formatFrenchDate, formatMonthYear, formatNumber } from '../../../utils/dates/format.ts';
import { LANGUAGES } from '../../../utils/i18n/languages.ts';
import { diskPack } from '../../components/test-i18n.ts';

describe('date display', () => {
  it('prints dates as on French documents', () => {
    expect(formatFrenchDate('2027-03-05')).toBe('05/03/2027');
    expect(formatFrenchDate('2024-02-29')).toBe('29/02/2024');
  });

  it('refuses impossible dates', () => {
    expect(dateParts('2023-02-29')).toBeUndefined();
    expect(dateParts('2024-13-01')).toBeUndefined();
    expect(dateParts('2024-04-31')).toBeUndefined();
    expect(dateParts('24-04-01')).toBeUndefined();
    expect(formatFrenchDate('nonsense')).toBe('nonsense');
  });

  it('writes dates in words in the Gregorian calendar with Latin digits', () => {
    expect(formatDateLong('2027-03-15', 'fr')).toBe('15 mars 2027');
    expect(formatDateLong('2027-03-15', 'en')).toBe('15 March 2027');
    const arabic = formatDateLong('2027-03-15', 'ar');
    expect(arabic).toContain('2027');
    expect(arabic).toContain('15');
    expect(arabic).not.toMatch(/[٠-٩]/);
  });

  it('uses the pack month names where Intl has no data', () => {
    const months = 'a|b|c|d|e|f|g|h|i|j|k|l'.split('|');
    expect(formatDateLong('2027-03-15', 'ps', months)).toBe('15 c 2027');
    expect(formatMonthYear('2026-11', 'ti', months)).toBe('k 2026');
  });

  it('writes a month and year', () => {
    expect(formatMonthYear('2026-11', 'fr')).toBe('novembre 2026');
    expect(formatMonthYear('2026-13', 'fr')).toBe('2026-13');
  });
});

describe('dates and numbers in every language of the table', () => {
  const LATIN_DIGITS_ONLY = /^[^\p{Nd}]*(?:[0-9][^\p{Nd}]*)*$/u;
  const monthsOf = (code: string) => (diskPack(code, 'common') as { dates: { months: string } }).dates.months.split('|');

  for (const language of LANGUAGES) {
    it(`${language.code}: Gregorian calendar, Latin digits, the month in the language`, () => {
      const months = monthsOf(language.code);
      const long = formatDateLong('2027-03-15', language.code, months);
      expect(long, long).toContain('2027');
      expect(long, long).toContain('15');
      expect(long, long).toMatch(LATIN_DIGITS_ONLY);
      // Not the Solar Hijri year (1405/1406) Dari would show by default, nor the Ethiopian one.
      expect(long).not.toMatch(/140[56]|2019|2020/);
      const monthYear = formatMonthYear('2026-11', language.code, months);
      expect(monthYear).toContain('2026');
      expect(monthYear).toMatch(LATIN_DIGITS_ONLY);
      expect(formatNumber(1234567.5, language.code)).toMatch(LATIN_DIGITS_ONLY);
      expect(formatNumber(1234567.5, language.code).replace(/\D/g, '')).toBe('12345675');
      if (!language.intlDates) {
        // ps, ti: our own month names from the pack, not the browser's fallback (English).
        expect(long).toBe(`15 ${months[2]} 2027`);
        expect(monthYear).toBe(`${months[10]} 2026`);
      } else if (language.code !== 'en') {
        expect(long).not.toContain('March');
      }
    });
  }

  it('writes Pashto and Tigrinya dates with their own month names', () => {
    expect(formatDateLong('2027-03-15', 'ps', monthsOf('ps'))).toBe('15 مارچ 2027');
    expect(formatDateLong('2027-05-01', 'ps', monthsOf('ps'))).toBe('1 مۍ 2027');
    expect(formatDateLong('2027-03-15', 'ti', monthsOf('ti'))).toBe('15 መጋቢት 2027');
    expect(formatMonthYear('2026-11', 'ti', monthsOf('ti'))).toBe('ሕዳር 2026');
  });

  it('keeps Dari in the Gregorian calendar with Latin digits', () => {
    const dari = formatDateLong('2027-03-15', 'fa-AF', monthsOf('fa-AF'));
    expect(dari).toContain('2027');
    expect(dari).not.toMatch(/[۰-۹]/);
  });

  it('keeps Bengali digits out', () => {
    expect(formatDateLong('2027-03-15', 'bn', monthsOf('bn'))).not.toMatch(/[০-৯]/);
    expect(formatNumber(2027, 'bn')).toMatch(/2,?027/);
  });

  it('groups numbers as each language does, with Latin digits', () => {
    expect(formatNumber(1234, 'fr').replace(/\s/g, ' ')).toBe('1 234');
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'ar')).not.toMatch(/[٠-٩]/);
    expect(formatNumber(Number.NaN, 'fr')).toBe('NaN');
  });
});
