/** Local date-times with their offset, as the journal records them. */
import { describe, expect, it } from 'vitest';
import { civilToday } from '../../../utils/deadlines/civil.ts';
import { localDateTime } from '../../../utils/failure/clock.ts';
import { parseMoment } from '../../../utils/letter/moments.ts';

describe('localDateTime', () => {
  it('writes the wall clock and the offset, in a shape the letter reads back', () => {
    const date = new Date(2027, 2, 12, 14, 5, 9);
    const text = localDateTime(date);
    expect(text).toMatch(/^2027-03-12T14:05:09[+-]\d{2}:\d{2}$/);
    expect(parseMoment(text)).toEqual({ date: '2027-03-12', time: '14:05' });
    // The journal's dates come from the same civil-date function as the rest of Repère.
    expect(civilToday(date)).toBe('2027-03-12');
    const offset = -date.getTimezoneOffset();
    const sign = offset >= 0 ? '+' : '-';
    expect(text.endsWith(`${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`)).toBe(true);
  });
});
