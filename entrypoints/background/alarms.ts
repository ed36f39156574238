/**
 * Reminders in the background. At every start of the service worker, after every change of the
 * person's documents or of the device mode, and once a day just after midnight, the alarms are
 * rebuilt from the stored documents through the pure schedule (utils/reminders/schedule.ts) and the
 * badge is recomputed; at a start and at midnight, reminders missed while the browser was closed
 * are shown once. A reminder day's alarm (09:00) shows that day's notifications.
 *
 *   start / documents / device mode / midnight ──→ refresh ──→ alarms, badge (+ catch-up)
 *   alarm "repere-reminder:YYYY-MM-DD" ──→ notifications for that day (once: remindersStateItem)
 *
 * Refreshes run one at a time. Nothing here keeps state in memory (style rule 13).
 */
import { browser } from '#imports';
import { civilToday } from '../../utils/deadlines/civil.ts';
import type { TrackedDocument } from '../../utils/deadlines/documents.ts';
import { mostUrgent } from '../../utils/deadlines/timeline.ts';
import type { ProfileService } from '../../utils/profile/service.ts';
import { badgeFor } from '../../utils/reminders/badge.ts';
import { notificationsFor } from '../../utils/reminders/notification.ts';
import {
  alarmSpecs,
  catchUp,
  DAILY_ALARM,
  dayOfAlarm,
  REMINDER_ALARM_PREFIX,
  remindersOf,
  remindersOn,
} from '../../utils/reminders/schedule.ts';
import { deviceItem, profileRevisionItem, remindersStateItem } from '../../utils/storage/items.ts';
import { applyBadge } from './badge.ts';
import { registerNotificationClicks, showNotifications } from './notifications.ts';

/** The documents, or null when the profile is locked (nothing can be known then). */
async function readDocuments(profile: ProfileService): Promise<TrackedDocument[] | null> {
  const snapshot = await profile.get();
  return snapshot.status === 'ready' ? snapshot.profile.documents.items : null;
}

async function replaceAlarms(docs: readonly TrackedDocument[], now: Date): Promise<void> {
  for (const alarm of await browser.alarms.getAll()) {
    if (alarm.name.startsWith(REMINDER_ALARM_PREFIX) || alarm.name === DAILY_ALARM) await browser.alarms.clear(alarm.name);
  }
  for (const spec of alarmSpecs(remindersOf(docs), now)) await browser.alarms.create(spec.name, { when: spec.when });
}

export function registerReminders(profile: ProfileService, clock: () => Date = () => new Date()): void {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = (task: () => Promise<void>) => {
    queue = queue.then(task, task).catch(() => undefined);
    return queue;
  };

  const refresh = (withCatchUp: boolean) => serial(async () => {
    const now = clock();
    const docs = await readDocuments(profile);
    const { mode } = await deviceItem.getValue();
    await replaceAlarms(docs ?? [], now);
    await applyBadge(badgeFor(docs ? mostUrgent(docs, civilToday(now)) : undefined, mode));
    if (!withCatchUp || !docs) return;
    const state = await remindersStateItem.getValue();
    const { due, checkedThrough } = catchUp(remindersOf(docs), state.checkedThrough, now);
    await showNotifications(notificationsFor(due, mode, civilToday(now)));
    if (checkedThrough !== state.checkedThrough) await remindersStateItem.setValue({ checkedThrough });
  });

  const ring = (day: string) => serial(async () => {
    const state = await remindersStateItem.getValue();
    if (state.checkedThrough && state.checkedThrough >= day) return;
    const docs = await readDocuments(profile);
    if (!docs) return;
    const { mode } = await deviceItem.getValue();
    await showNotifications(notificationsFor(remindersOn(remindersOf(docs), day), mode, civilToday(clock())));
    await remindersStateItem.setValue({ checkedThrough: day });
  });

  // Listeners first, synchronously (an alarm or a click may be what woke the service worker).
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM) void refresh(true);
    const day = dayOfAlarm(alarm.name);
    if (day) void ring(day);
  });
  registerNotificationClicks();
  profileRevisionItem.watch(() => void refresh(false));
  deviceItem.watch(() => void refresh(false));

  void refresh(true);
}
