/**
 * Turning "now" into the strings the journal keeps. The caller passes the Date (background or
 * page), so these stay pure and testable.
 */
import { civilToday } from '../deadlines/civil.ts';

const pad = (value: number) => String(value).padStart(2, '0');

/** "2027-03-12T14:05:00+01:00": the local wall-clock time, with its offset from UTC. */
export function localDateTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${civilToday(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
    + `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
