/**
 * Browser notifications for reminders: the words come from the person's language pack (generic on
 * a shared computer: utils/reminders/notification.ts decides), and a click opens the dashboard at
 * the document the reminder is about.
 */
import { browser } from '#imports';
import { createI18n } from '../../utils/i18n/init.ts';
import { plainText } from '../../utils/i18n/plain-text.ts';
import { targetOfNotification, type NotificationSpec } from '../../utils/reminders/notification.ts';
import { effectiveLanguage } from '../../utils/state/settings-store.ts';
import { settingsItem } from '../../utils/storage/items.ts';
import { cachedPack } from './packs.ts';

async function translator() {
  const language = effectiveLanguage(await settingsItem.getValue(), navigator.languages ?? []);
  const i18n = await createI18n({ language, namespaces: ['documents'], loader: cachedPack });
  return i18n.getFixedT(language, 'documents');
}

/** Shows the notifications; nothing when there are none. */
export async function showNotifications(specs: readonly NotificationSpec[]): Promise<void> {
  if (specs.length === 0) return;
  const t = await translator();
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  for (const spec of specs) {
    const text = spec.generic
      ? { title: t('notify.genericTitle'), message: t('notify.generic') }
      : {
        title: t('notify.title', { kind: plainText(t(`kinds.${spec.kindKey}`)) }),
        message: t('line', { when: t(`when.${spec.words.when.key}`, { count: spec.words.when.count }), what: t(`what.${spec.words.what}`) }),
      };
    await browser.notifications.create(spec.id, { type: 'basic', iconUrl, ...text });
  }
}

/** Registers the click handler (synchronously, from the background's main). */
export function registerNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => {
    const target = targetOfNotification(id);
    if (!target) return;
    void browser.tabs.create({ url: browser.runtime.getURL(target as '/') });
    void browser.notifications.clear(id);
  });
}

/**
 * Takes Repère's notifications off the screen: when a session ends (lock, next person, erase), a
 * reminder meant for the previous person must not stay visible to the next one.
 */
export async function clearNotifications(): Promise<void> {
  const shown = await browser.notifications.getAll();
  await Promise.all(Object.keys(shown).map((id) => browser.notifications.clear(id)));
}
