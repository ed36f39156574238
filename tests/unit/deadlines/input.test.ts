/** Dates typed as printed on the card: JJ/MM/AAAA and its variants, and every refusal explained. */
import { describe, expect, it } from 'vitest';
import { latinDigits, parseTypedDate } from '../../../utils/deadlines/input.ts';

describe('parseTypedDate', () => {
  it('reads JJ/MM/AAAA and common variants', () => {
    expect(parseTypedDate('15/03/2027')).toEqual({ ok: true, value: '2027-03-15' });
    expect(parseTypedDate(' 5/3/2027 ')).toEqual({ ok: true, value: '2027-03-05' });
    expect(parseTypedDate('15.03.2027')).toEqual({ ok: true, value: '2027-03-15' });
    expect(parseTypedDate('15-03-2027')).toEqual({ ok: true, value: '2027-03-15' });
    expect(parseTypedDate('15 03 2027')).toEqual({ ok: true, value: '2027-03-15' });
    expect(parseTypedDate('29/02/2028')).toEqual({ ok: true, value: '2028-02-29' });
  });

  it('reads Arabic-Indic and Persian digits as Latin digits', () => {
    expect(parseTypedDate('١٥/٠٣/٢٠٢٧')).toEqual({ ok: true, value: '2027-03-15' });
    expect(parseTypedDate('۱۵/۰۳/۲۰۲۷')).toEqual({ ok: true, value: '2027-03-15' });
    expect(latinDigits('a٣b')).toBe('a3b');
  });

  it('says which day a month does not have', () => {
    expect(parseTypedDate('31/02/2027')).toEqual({ ok: false, error: { reason: 'day', day: 31, month: 2, year: 2027, daysInMonth: 28 } });
    expect(parseTypedDate('29/02/2027')).toEqual({ ok: false, error: { reason: 'day', day: 29, month: 2, year: 2027, daysInMonth: 28 } });
    expect(parseTypedDate('30/02/2028')).toEqual({ ok: false, error: { reason: 'day', day: 30, month: 2, year: 2028, daysInMonth: 29 } });
    expect(parseTypedDate('31/04/2027')).toEqual({ ok: false, error: { reason: 'day', day: 31, month: 4, year: 2027, daysInMonth: 30 } });
    expect(parseTypedDate('00/04/2027')).toMatchObject({ ok: false, error: { reason: 'day' } });
  });

  it('refuses other shapes with their reason', () => {
    expect(parseTypedDate('')).toEqual({ ok: false, error: { reason: 'empty' } });
    expect(parseTypedDate('   ')).toEqual({ ok: false, error: { reason: 'empty' } });
    expect(parseTypedDate('2027-03-15')).toEqual({ ok: false, error: { reason: 'format' } });
    expect(parseTypedDate('15/03/27')).toEqual({ ok: false, error: { reason: 'format' } });
    expect(parseTypedDate('mars 2027')).toEqual({ ok: false, error: { reason: 'format' } });
    expect(parseTypedDate('15/13/2027')).toEqual({ ok: false, error: { reason: 'month', month: 13 } });
    expect(parseTypedDate('15/03/0999')).toEqual({ ok: false, error: { reason: 'year', year: 999 } });
  });
});
