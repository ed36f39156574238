import { describe, expect, it } from 'vitest';
import { dateParts, formatDateLong, formatFrenchDate, formatMonthYear } from '../../../utils/dates/format.ts';

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
