/**
 * The reminder schedule: reminder days per document, one alarm per future day at 09:00 local time
 * plus the daily one, the reminders a late start still shows, and what notifications say (generic
 * on a shared computer).
 */
import { describe, expect, it } from 'vitest';
import type { TrackedDocument } from '../../../utils/deadlines/documents.ts';
import { notificationsFor, targetOfNotification } from '../../../utils/reminders/notification.ts';
import {
  alarmSpecs,
  catchUp,
  DAILY_ALARM,
  dayOfAlarm,
  dueReminders,
  MAX_REMINDER_ALARMS,
  remindersOf,
  remindersOn,
} from '../../../utils/reminders/schedule.ts';

const titre: TrackedDocument = { id: 'titre', kind: 'titre-sejour', expiry: '2027-03-07', onAnef: true, longCard: false };
const api: TrackedDocument = { id: 'api', kind: 'api', expiry: '2027-01-10' };

describe('remindersOf', () => {
  it('lists every reminder day of every document, by day', () => {
    const reminders = remindersOf([titre, api]);
    expect(reminders.filter((r) => r.docId === 'titre').map((r) => r.day)).toEqual([
      '2026-10-08', '2026-11-07', '2026-12-07', '2026-12-22', '2026-12-30', '2027-01-04', '2027-01-06',
      '2027-02-05', '2027-02-21', '2027-02-28', '2027-03-06', '2027-03-07',
    ]);
    const days = reminders.map((r) => r.day);
    expect(days).toEqual([...days].sort());
    expect(remindersOn(reminders, '2027-01-06').map((r) => r.docId)).toEqual(['titre']);
    expect(remindersOn(reminders, '2027-01-09').map((r) => [r.docId, r.type, r.date])).toEqual([['api', 'expiry', '2027-01-10']]);
    // Two documents on one day: both.
    expect(remindersOf([titre, { ...api, expiry: '2027-01-06' }]).filter((r) => r.day === '2026-12-07').map((r) => r.docId)).toEqual(['api', 'titre']);
  });

  it('keeps one reminder per document and day, warning about the nearest deadline', () => {
    // Filed on 28/10: the expiry's D-7 reminder and the implicit rejection (28/02) fall on 28/02.
    const filed: TrackedDocument = { ...titre, filedOn: '2026-10-28' };
    const onDay = remindersOn(remindersOf([filed]), '2027-02-28');
    expect(onDay).toEqual([{ docId: 'titre', kind: 'titre-sejour', type: 'implicit-rejection', day: '2027-02-28', date: '2027-02-28' }]);
  });
});

describe('alarmSpecs', () => {
  it('one alarm per future reminder day at 09:00 local time, and the daily alarm after midnight', () => {
    const reminders = remindersOf([titre]);
    const now = new Date(2026, 11, 7, 10, 30); // 7 December 2026, after that day's 09:00
    const specs = alarmSpecs(reminders, now);
    expect(specs[0]).toEqual({ name: 'repere-reminder:2026-12-22', when: new Date(2026, 11, 22, 9, 0).getTime() });
    expect(specs.map((s) => s.name)).not.toContain('repere-reminder:2026-12-07');
    expect(specs.filter((s) => s.name !== DAILY_ALARM)).toHaveLength(9);
    expect(specs.at(-1)).toEqual({ name: DAILY_ALARM, when: new Date(2026, 11, 8, 0, 1).getTime() });
  });

  it('keeps today’s alarm when 09:00 has not come yet', () => {
    const specs = alarmSpecs(remindersOf([titre]), new Date(2026, 11, 7, 8, 59));
    expect(specs[0]!.name).toBe('repere-reminder:2026-12-07');
  });

  it('sets at most MAX_REMINDER_ALARMS reminder alarms, the nearest ones', () => {
    const many = Array.from({ length: 20 }, (_, i): TrackedDocument => ({ id: `o${i}`, kind: 'other', expiry: `2030-${String((i % 12) + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}` }));
    const specs = alarmSpecs(remindersOf(many), new Date(2026, 10, 27, 12));
    const reminderAlarms = specs.filter((s) => s.name !== DAILY_ALARM);
    expect(reminderAlarms).toHaveLength(MAX_REMINDER_ALARMS);
    const whens = reminderAlarms.map((s) => s.when);
    expect(whens).toEqual([...whens].sort((a, b) => a - b));
  });

  it('with no documents, only the daily alarm', () => {
    expect(alarmSpecs([], new Date(2026, 10, 27)).map((s) => s.name)).toEqual([DAILY_ALARM]);
  });

  it('reads a reminder day back from an alarm name, and nothing from others', () => {
    expect(dayOfAlarm('repere-reminder:2027-01-06')).toBe('2027-01-06');
    expect(dayOfAlarm('repere-reminder:2027-02-30')).toBeUndefined();
    expect(dayOfAlarm(DAILY_ALARM)).toBeUndefined();
    expect(dayOfAlarm('other')).toBeUndefined();
  });
});

describe('dueReminders', () => {
  const reminders = remindersOf([titre, api]);

  it('after an absence: the latest missed reminder of each document only', () => {
    const due = dueReminders(reminders, '2026-12-01', '2027-01-08');
    expect(due.map((r) => [r.docId, r.day]).sort()).toEqual([['api', '2027-01-07'], ['titre', '2027-01-06']]);
  });

  it('nothing already checked, nothing in the future', () => {
    expect(dueReminders(reminders, '2027-01-07', '2027-01-07')).toEqual([]);
    expect(dueReminders(reminders, '2026-12-08', '2026-12-10')).toEqual([]);
  });

  it('first run: today’s reminders only', () => {
    expect(dueReminders(reminders, null, '2026-12-07').map((r) => r.day)).toEqual(['2026-12-07']);
    expect(dueReminders(reminders, null, '2026-12-08')).toEqual([]);
  });
});

describe('catchUp', () => {
  const reminders = remindersOf([titre, api]);

  it('after 09:00: missed days and today, then checked through today', () => {
    expect(catchUp(reminders, '2026-12-01', new Date(2026, 11, 7, 9, 0))).toEqual({
      due: [expect.objectContaining({ docId: 'titre', day: '2026-12-07' })],
      checkedThrough: '2026-12-07',
    });
  });

  it('before 09:00: only the days before today (today’s alarm is still to ring)', () => {
    expect(catchUp(reminders, '2026-12-01', new Date(2026, 11, 7, 8, 0))).toEqual({ due: [], checkedThrough: '2026-12-06' });
  });

  it('nothing twice', () => {
    expect(catchUp(reminders, '2026-12-07', new Date(2026, 11, 7, 18, 0))).toEqual({ due: [], checkedThrough: '2026-12-07' });
  });

  it('first run: today’s only, and only after 09:00', () => {
    expect(catchUp(reminders, null, new Date(2026, 11, 7, 10, 0)).due.map((r) => r.day)).toEqual(['2026-12-07']);
    expect(catchUp(reminders, null, new Date(2026, 11, 7, 7, 0))).toEqual({ due: [], checkedThrough: '2026-12-06' });
  });
});

describe('notifications', () => {
  const today = '2026-12-07';
  const onDay = remindersOn(remindersOf([titre, api]), today);

  it('own device: one per document, in plain words, with where a click leads', () => {
    const specs = notificationsFor(onDay, 'own', today);
    expect(specs).toEqual([{
      id: 'repere:2026-12-07:titre',
      generic: false,
      kindKey: 'titre-sejour',
      words: { when: { key: 'inDays', count: 30 }, what: 'titre-sejour.renewal-last-day', next: 'next.titre-sejour.renewal-last-day.prefecture', date: '2027-01-06' },
    }]);
    expect(targetOfNotification(specs[0]!.id)).toBe('/options.html#/documents/titre');
  });

  it('shared computer or unanswered question: one generic notification, nothing about the documents', () => {
    for (const mode of ['shared', null] as const) {
      const specs = notificationsFor(remindersOf([titre, api]).filter((r) => r.day >= '2027-01-04').slice(0, 3), mode, today);
      expect(specs).toEqual([{ id: 'repere:2026-12-07', generic: true }]);
      expect(targetOfNotification(specs[0]!.id)).toBe('/options.html#/documents');
    }
  });

  it('no reminders, no notification; foreign ids lead nowhere', () => {
    expect(notificationsFor([], 'own', today)).toEqual([]);
    expect(targetOfNotification('someone-else:1')).toBeUndefined();
    expect(targetOfNotification('repere:2026-12-07:../../evil')).toBe('/options.html#/documents');
  });
});
