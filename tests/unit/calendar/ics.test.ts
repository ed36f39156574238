/**
 * The .ics export, parsed back: one all-day event per reminder day (DTSTART;VALUE=DATE on the day,
 * DTEND the next day), at most one alarm each, stable UIDs, and summaries that hold no name and no
 * document number.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../utils/calendar/ics.ts';
import type { TrackedDocument } from '../../../utils/deadlines/documents.ts';
import { remindersOf, type Reminder } from '../../../utils/reminders/schedule.ts';

/** A small RFC 5545 reader: unfolds lines, then collects each VEVENT's properties (with VALARMs). */
function parseIcs(text: string): { calendar: Record<string, string>; events: { props: Record<string, string>; alarms: Record<string, string>[] }[] } {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const calendar: Record<string, string> = {};
  const events: { props: Record<string, string>; alarms: Record<string, string>[] }[] = [];
  let event: (typeof events)[number] | undefined;
  let alarm: Record<string, string> | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (line === 'BEGIN:VEVENT') event = { props: {}, alarms: [] };
    else if (line === 'END:VEVENT') { events.push(event!); event = undefined; }
    else if (line === 'BEGIN:VALARM') alarm = {};
    else if (line === 'END:VALARM') { event!.alarms.push(alarm!); alarm = undefined; }
    else if (alarm) alarm[name] = value;
    else if (event) event.props[name] = value;
    else calendar[name] = value;
  }
  return { calendar, events };
}

const docs: TrackedDocument[] = [
  { id: 'titre', kind: 'titre-sejour', expiry: '2027-03-07', onAnef: true, longCard: false },
  { id: 'facture', kind: 'proof', issuedOn: '2026-12-01', maxAgeMonths: 3, label: 'Facture Jean Dupont n° 123456' },
];
const words = (reminder: Reminder) => ({ summary: `Repère : ${reminder.type} (${reminder.date})`, description: `Rappel ${reminder.kind}` });
const stamp = new Date(Date.UTC(2026, 10, 27, 10, 5));

describe('buildCalendar', () => {
  it('makes one all-day event per reminder day, each with one alarm at 09:00', () => {
    const reminders = remindersOf(docs);
    const result = buildCalendar(reminders, words, stamp);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const { calendar, events } = parseIcs(result.value);
    expect(calendar).toMatchObject({ VERSION: '2.0', 'X-WR-CALNAME': 'Repère', METHOD: 'PUBLISH' });
    expect(events).toHaveLength(reminders.length);
    expect(events).toHaveLength(13);
    const first = events[0]!;
    expect(first.props).toMatchObject({
      'DTSTART;VALUE=DATE': '20261008',
      'DTEND;VALUE=DATE': '20261009',
      SUMMARY: 'Repère : renewal-opens (2026-11-07)',
      DTSTAMP: '20261127T100500Z',
      UID: 'titre-renewal-opens-2026-10-08@repere',
      TRANSP: 'TRANSPARENT',
    });
    for (const event of events) {
      expect(event.alarms).toHaveLength(1);
      expect(event.alarms[0]).toMatchObject({ ACTION: 'DISPLAY', TRIGGER: 'PT9H' });
    }
    // The proof's reminder: 80 days after 01/12/2026.
    const proof = events.find((event) => event.props.UID?.startsWith('facture'))!;
    expect(proof.props['DTSTART;VALUE=DATE']).toBe('20270219');
  });

  it('an event ending on 31 December ends on 1 January', () => {
    const result = buildCalendar([{ docId: 'a', kind: 'api', type: 'expiry', day: '2026-12-31', date: '2027-01-01' }], words, stamp);
    expect(result.ok && parseIcs(result.value).events[0]!.props).toMatchObject({ 'DTSTART;VALUE=DATE': '20261231', 'DTEND;VALUE=DATE': '20270101' });
  });

  it('never writes the short names people give their documents', () => {
    const result = buildCalendar(remindersOf(docs), words, stamp);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).not.toMatch(/Dupont|123456|Facture/);
    }
  });

  it('the same reminders give the same file (stable UIDs: re-importing replaces)', () => {
    expect(buildCalendar(remindersOf(docs), words, stamp)).toEqual(buildCalendar(remindersOf(docs), words, stamp));
  });

  it('refuses to make an empty calendar or one with a bad day', () => {
    expect(buildCalendar([], words, stamp)).toMatchObject({ ok: false });
    expect(buildCalendar([{ docId: 'a', kind: 'api', type: 'expiry', day: '2026-02-30', date: '2026-03-01' }], words, stamp)).toMatchObject({ ok: false });
  });
});
