/**
 * Dates and times as a letter writes them. A "moment" is what the journal records: a civil date
 * `YYYY-MM-DD`, or an ISO date-time `YYYY-MM-DDTHH:MM[:SS[.sss]][Z|±HH:MM]` written in the local
 * time of the computer that recorded it. The letter shows the wall-clock date and time as
 * recorded (the time the person saw), and orders moments by that wall clock: everything in one
 * journal comes from the same person, in one time zone. Pure: no clock, no time zone lookup.
 */
import { dateParts, formatFrenchDate } from '../dates/format.ts';

export interface Moment {
  /** Civil date `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` when the moment has a time. */
  time?: string;
}

const MOMENT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The moment written in `value`, or undefined when it is not a valid date or date-time. */
export function parseMoment(value: string): Moment | undefined {
  const match = MOMENT.exec(value.trim());
  if (!match || !dateParts(match[1]!)) return undefined;
  const [, date, hours, minutes, seconds] = match;
  if (hours === undefined) return { date: date! };
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return undefined;
  return { date: date!, time: `${hours}:${minutes}` };
}

/**
 * Sort key: the wall-clock date and time. A moment without a time counts as the end of its day:
 * a call noted "on the 12th" most likely followed the error seen that day.
 */
export function momentKey(moment: Moment): string {
  return `${moment.date}T${moment.time ?? '24:00'}`;
}

/** "le 12/03/2027 à 14 h 05" / "le 12/03/2027". */
export function frenchMoment(moment: Moment): string {
  const date = formatFrenchDate(moment.date);
  if (!moment.time) return `le ${date}`;
  const [hours, minutes] = moment.time.split(':');
  return `le ${date} à ${hours} h ${minutes}`;
}

