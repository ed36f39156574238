/**
 * The background's message handlers. Every handler runs only after the sender was checked
 * (utils/messaging/guards.ts); a refused sender gets an error and nothing else happens.
 */
import { browser } from '#imports';
import { classifySender, type SenderKind, type SenderLike } from '../../utils/messaging/guards.ts';
import { onMessage, type DashboardSection, type PanelStart, type ProtocolMap } from '../../utils/messaging/protocol.ts';
import { SOURCE_LANGUAGE } from '../../utils/i18n/languages.ts';
import { effectiveLanguage } from '../../utils/state/settings-store.ts';
import { settingsItem } from '../../utils/storage/items.ts';
import { keepStoredPhotos, withoutPhotos } from '../../utils/failure/journal.ts';
import { parseSection } from '../../utils/profile/profile.ts';
import type { ProfileService, ProfileSnapshot } from '../../utils/profile/service.ts';
import type { SessionControl } from './session.ts';
import { registerFailureHandlers } from './failure.ts';
import { cachedPack } from './packs.ts';

const DASHBOARD_SECTIONS: readonly DashboardSection[] = ['procedures', 'documents', 'failure', 'help', 'privacy', 'settings'];

type Handler<K extends keyof ProtocolMap> = (
  data: Parameters<ProtocolMap[K]>[0],
  from: SenderKind,
  sender: SenderLike,
) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

/** Registers a handler behind the sender check. */
function handle<K extends keyof ProtocolMap>(type: K, handler: Handler<K>): void {
  const origin = browser.runtime.getURL('/');
  onMessage(type, ((message: { data: Parameters<ProtocolMap[K]>[0]; sender: SenderLike }) => {
    const from = classifySender(message.sender, browser.runtime.id, origin);
    if (!from) throw new Error('refused');
    return handler(message.data, from, message.sender);
  }) as never);
}

export type Handle = typeof handle;

/** Refuses anything but Repère's own pages (passphrases, profile list, erase, restore). */
function pagesOnly(from: SenderKind): void {
  if (from !== 'extension-page') throw new Error('refused');
}

export function registerMessageHandlers(profile: ProfileService, session: SessionControl): void {
  handle('injectPanel', async (_data, from, sender) => {
    const tabId = sender.tab?.id;
    if (from !== 'content-script' || tabId === undefined) throw new Error('refused');
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/panel.js'] });
  });

  handle('getLocalePack', ({ language, namespace }) => cachedPack(language, namespace));

  // One round trip instead of a settings read followed by a message per namespace: the panel's
  // first render waits for this (measured with `npm run bench`).
  handle('startPanel', async ({ browserLanguages, namespaces }, from) => {
    if (from !== 'content-script') throw new Error('refused');
    const { value: settings } = await settingsItem.read();
    const language = effectiveLanguage(settings, browserLanguages.filter((code) => typeof code === 'string'));
    // Every pack of both languages is read at once.
    const packsOf = async (code: string) =>
      Object.fromEntries(await Promise.all(namespaces.map(async (namespace) => [namespace, await cachedPack(code, namespace)] as const)));
    const codes = [...new Set([language, SOURCE_LANGUAGE])];
    const loaded = await Promise.all(codes.map(async (code) => [code, await packsOf(code)] as const));
    return { language, packs: Object.fromEntries(loaded) } satisfies PanelStart;
  });

  // The panel on ANEF gets the person's data without the incident photos it never shows; a journal
  // it writes back keeps the stored photos.
  const forSender = (snapshot: ProfileSnapshot, from: SenderKind): ProfileSnapshot =>
    from === 'content-script' && snapshot.status === 'ready'
      ? { ...snapshot, profile: { ...snapshot.profile, journal: withoutPhotos(snapshot.profile.journal) } }
      : snapshot;
  handle('getProfile', async (_data, from) => forSender(await profile.get(), from));
  handle('updateProfileSection', async ({ section, value, session: readIn }, from) => {
    const journal = from === 'content-script' && section === 'journal' ? parseSection('journal', value) : undefined;
    if (journal) {
      const current = await profile.get();
      if (current.status === 'ready') value = keepStoredPhotos(journal, current.profile.journal);
    }
    return forSender(await profile.update(section, value, typeof readIn === 'string' ? readIn : undefined), from);
  });

  registerFailureHandlers(handle, profile);

  handle('getPrivacyState', (_data, from) => (pagesOnly(from), session.privacyState()));
  handle('unlock', ({ target, passphrase }, from) => (pagesOnly(from), session.unlock(target, passphrase)));
  handle('createProfile', ({ picture, passphrase }, from) => (pagesOnly(from), session.createProfile(picture, passphrase)));
  handle('deleteProfile', ({ id }, from) => (pagesOnly(from), session.deleteProfile(id)));
  handle('setOwnPassphrase', ({ passphrase }, from) => (pagesOnly(from), session.setOwnPassphrase(passphrase)));
  handle('removeOwnPassphrase', (_data, from) => (pagesOnly(from), session.removeOwnPassphrase()));
  handle('chooseDeviceMode', ({ mode, choice }, from) => (pagesOnly(from), session.chooseMode(mode, choice)));
  handle('eraseCurrentPerson', (_data, from) => (pagesOnly(from), session.erase()));
  handle('restoreProfile', ({ profile: value }, from) => (pagesOnly(from), session.restore(value)));
  // The panel on ANEF may lock, hand over to the next person, start a fresh session without a
  // profile and answer the warning: nothing personal goes either way.
  handle('lockNow', () => session.endSession('lock'));
  handle('startGuest', () => session.startGuest());
  handle('nextPerson', () => session.endSession('next-person'));
  handle('stillHere', () => session.stillHere());

  handle('openDashboard', async ({ section }) => {
    const target = DASHBOARD_SECTIONS.includes(section) ? section : 'help';
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#/${target}`) });
  });
}
