/**
 * The `.ics` calendar of the person's reminders, built with the `ics` package. Pure: reminders,
 * their words and a timestamp in, file text out.
 *
 * One all-day event per reminder day, dated on the reminder day itself, so that the reminder still
 * shows in calendars that drop alarms (Google drops every VALARM on import; Outlook keeps one per
 * event): users-languages.md §5.2. Each event has at most one alarm, at 09:00 on the day. Event
 * texts never hold a name, a document number or the short names people give to their documents,
 * because calendars are often shared or synced.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Result } from '../deadlines/rules.ts';
import { dateParts } from '../dates/format.ts';
import { plusDays } from '../deadlines/civil.ts';
import type { Reminder } from '../reminders/schedule.ts';

export interface EventWords {
  summary: string;
  description: string;
}

function dayArray(iso: string): DateArray | undefined {
  const parts = dateParts(iso);
  return parts ? [parts.year, parts.month, parts.day] : undefined;
}

/**
 * The calendar file for `reminders`. `words` gives each event's text (in the person's language);
 * `stamp` is the moment the file is made (DTSTAMP). UIDs are stable for a document, day and
 * deadline, so importing an updated file replaces events instead of doubling them.
 */
export function buildCalendar(
  reminders: readonly Reminder[],
  words: (reminder: Reminder) => EventWords,
  stamp: Date,
  calendarName = 'Repère',
): Result<string> {
  if (reminders.length === 0) return { ok: false, error: 'no reminders to export' };
  const timestamp = stamp.getTime();
  const events: EventAttributes[] = [];
  for (const reminder of reminders) {
    const start = dayArray(reminder.day);
    const next = plusDays(reminder.day, 1);
    const end = next ? dayArray(next) : undefined;
    if (!start || !end) return { ok: false, error: `invalid reminder day ${reminder.day}` };
    const text = words(reminder);
    events.push({
      uid: `${reminder.docId}-${reminder.type}-${reminder.day}@repere`,
      start,
      end,
      title: text.summary,
      description: text.description,
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      alarms: [{ action: 'display', description: text.summary, trigger: { hours: 9, before: false } }],
      // DTSTAMP (UTC): the ics package takes it as `timestamp`, which its types do not list.
      ...({ timestamp } as object),
    } as EventAttributes);
  }
  const { error, value } = createEvents(events, { productId: '-//Repère//Rappels//FR', calName: calendarName, method: 'PUBLISH' });
  if (error || !value) return { ok: false, error: error?.message ?? 'calendar could not be built' };
  return { ok: true, value };
}
