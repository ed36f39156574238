/**
 * The reminder schedule, pure: documents + today → the reminder days, the browser alarms that ring
 * on them, and the reminders a late start must still show. The background rebuilds the alarms from
 * this at every start (Chrome may clear alarms when the browser restarts; style rule 13), after
 * every change of the person's documents, and once a day.
 *
 *   documents ─deadlinesOf─→ reminders (day ≤ the date each warns about)
 *             ─alarmSpecs(now)─→ one alarm per future reminder day, at 09:00 local time,
 *                                 plus one daily alarm just after midnight (badge count)
 *   start-up  ─dueReminders(checkedThrough, today)─→ reminders missed while the browser was closed
 */
import { civilToday, plusDays, toLocalDate, type CivilDate } from '../deadlines/civil.ts';
import type { TrackedDocument } from '../deadlines/documents.ts';
import type { DocumentKind } from '../deadlines/kinds.ts';
import { deadlinesOf, type DeadlineType } from '../deadlines/timeline.ts';

export interface Reminder {
  docId: string;
  kind: DocumentKind;
  type: DeadlineType;
  /** The day the reminder is shown. */
  day: CivilDate;
  /** The date it warns about (never before `day`). */
  date: CivilDate;
}

export interface AlarmSpec {
  name: string;
  /** Epoch milliseconds. */
  when: number;
}

export const REMINDER_ALARM_PREFIX = 'repere-reminder:';
export const DAILY_ALARM = 'repere-daily';
/** Local hour at which a reminder day's alarm rings. */
export const REMINDER_HOUR = 9;
/** At most this many reminder alarms at once (the nearest ones; the daily rebuild adds the rest). */
export const MAX_REMINDER_ALARMS = 60;

/** Every reminder of every document, by day; one per document and day (the nearest deadline wins). */
export function remindersOf(docs: readonly TrackedDocument[]): Reminder[] {
  const byKey = new Map<string, Reminder>();
  for (const doc of docs) {
    for (const deadline of deadlinesOf(doc)) {
      for (const day of deadline.reminders) {
        const key = `${doc.id}|${day}`;
        const existing = byKey.get(key);
        if (existing && existing.date <= deadline.date) continue;
        byKey.set(key, { docId: doc.id, kind: doc.kind, type: deadline.type, day, date: deadline.date });
      }
    }
  }
  return [...byKey.values()].sort((a, b) => (a.day === b.day ? a.docId.localeCompare(b.docId) : a.day < b.day ? -1 : 1));
}

/** The reminders shown on one day. */
export function remindersOn(reminders: readonly Reminder[], day: CivilDate): Reminder[] {
  return reminders.filter((reminder) => reminder.day === day);
}

/** Local time `hour`:00 on a civil day, in epoch milliseconds. */
function atHour(day: CivilDate, hour: number): number | undefined {
  const date = toLocalDate(day);
  if (!date) return undefined;
  date.setHours(hour, 0, 0, 0);
  return date.getTime();
}

/**
 * The alarms to create: one per reminder day still ahead of `now` (at REMINDER_HOUR local time),
 * the nearest MAX_REMINDER_ALARMS of them, and the daily alarm one minute after the next local
 * midnight.
 */
export function alarmSpecs(reminders: readonly Reminder[], now: Date, hour = REMINDER_HOUR): AlarmSpec[] {
  const specs: AlarmSpec[] = [];
  for (const day of [...new Set(reminders.map((reminder) => reminder.day))].sort()) {
    const when = atHour(day, hour);
    if (when !== undefined && when > now.getTime()) specs.push({ name: `${REMINDER_ALARM_PREFIX}${day}`, when });
    if (specs.length === MAX_REMINDER_ALARMS) break;
  }
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 1, 0, 0);
  specs.push({ name: DAILY_ALARM, when: midnight.getTime() });
  return specs;
}

/** The reminder day an alarm name stands for, or undefined for other alarms. */
export function dayOfAlarm(name: string): CivilDate | undefined {
  if (!name.startsWith(REMINDER_ALARM_PREFIX)) return undefined;
  const day = name.slice(REMINDER_ALARM_PREFIX.length);
  return toLocalDate(day) ? day : undefined;
}

/**
 * What a start (or the daily alarm) must still show: reminders missed since `checkedThrough`, and
 * today's once REMINDER_HOUR has passed (before that, today's alarm will show them). Returns them
 * with the new `checkedThrough` to store.
 */
export function catchUp(
  reminders: readonly Reminder[],
  checkedThrough: CivilDate | null,
  now: Date,
  hour = REMINDER_HOUR,
): { due: Reminder[]; checkedThrough: CivilDate } {
  const today = civilToday(now);
  const through = now.getHours() >= hour ? today : plusDays(today, -1) ?? today;
  if (checkedThrough && checkedThrough >= through) return { due: [], checkedThrough };
  const firstRun = checkedThrough ?? (through === today ? plusDays(today, -1) ?? today : through);
  return { due: dueReminders(reminders, firstRun, through), checkedThrough: through };
}

/**
 * Reminders whose day fell after `checkedThrough` and up to `today` (both civil days) and were not
 * shown because the browser was closed or the alarm was lost: only the latest one of each document,
 * so that a long absence does not bring a flood. With no `checkedThrough` (first run), today's only.
 */
export function dueReminders(reminders: readonly Reminder[], checkedThrough: CivilDate | null, today: CivilDate): Reminder[] {
  const after = checkedThrough ?? plusDays(today, -1) ?? today;
  const latest = new Map<string, Reminder>();
  for (const reminder of reminders) {
    if (reminder.day <= after || reminder.day > today) continue;
    const seen = latest.get(reminder.docId);
    if (!seen || seen.day < reminder.day) latest.set(reminder.docId, reminder);
  }
  return [...latest.values()];
}
