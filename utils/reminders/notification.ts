/**
 * What a reminder notification says, pure: reminders of a day + the device mode → notification
 * specs holding i18n keys and values (the background translates them). On the person's own device,
 * one notification per document, in plain words ("Dans 40 jours : dernier jour pour déposer…"),
 * never a name or a number from a document. On a shared computer (or before the question was
 * answered), one generic notification that says nothing about anyone: "Un rappel vous attend".
 * The notification id says where a click leads (the dashboard at that document).
 */
import type { CivilDate } from '../deadlines/civil.ts';
import { plainWords, type PlainWords } from '../deadlines/timeline.ts';
import type { DeviceMode } from './badge.ts';
import type { Reminder } from './schedule.ts';

const ID_PREFIX = 'repere:';

export type NotificationSpec =
  | { id: string; generic: false; kindKey: string; words: PlainWords }
  | { id: string; generic: true };

/** The notifications for reminders shown on `today`. */
export function notificationsFor(reminders: readonly Reminder[], mode: DeviceMode, today: CivilDate): NotificationSpec[] {
  if (reminders.length === 0) return [];
  if (mode !== 'own') return [{ id: `${ID_PREFIX}${today}`, generic: true }];
  return reminders.map((reminder) => ({
    id: `${ID_PREFIX}${today}:${reminder.docId}`,
    generic: false,
    kindKey: reminder.kind,
    words: plainWords({ ...reminder, reminders: [], sources: [] }, today),
  }));
}

/**
 * Where a click on one of our notifications leads: `options.html#/documents/<id>` for a document,
 * `#/documents` for a generic one; undefined for ids that are not ours.
 */
export function targetOfNotification(id: string): string | undefined {
  if (!id.startsWith(ID_PREFIX)) return undefined;
  const docId = id.slice(ID_PREFIX.length).split(':')[1];
  return docId && /^[a-z0-9-]{1,40}$/.test(docId) ? `/options.html#/documents/${docId}` : '/options.html#/documents';
}
