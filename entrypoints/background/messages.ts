/**
 * The background's message handlers. Every handler runs only after the sender was checked
 * (utils/messaging/guards.ts); a refused sender gets an error and nothing else happens.
 */
import { browser } from '#imports';
import * as v from 'valibot';
import { fetchPackLoader, PackSchema, type Pack } from '../../utils/i18n/init.ts';
import { classifySender, type SenderKind, type SenderLike } from '../../utils/messaging/guards.ts';
import { onMessage, type DashboardSection, type ProtocolMap } from '../../utils/messaging/protocol.ts';
import type { ProfileService } from '../../utils/profile/service.ts';
import type { SessionControl } from './session.ts';

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

const packs = new Map<string, Promise<Pack>>();
const loadPack = fetchPackLoader((path) => browser.runtime.getURL(path as '/'));

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

  handle('getLocalePack', ({ language, namespace }) => {
    const key = `${language}/${namespace}`;
    let pack = packs.get(key);
    if (!pack) {
      pack = loadPack(language, namespace).then((raw) => v.parse(PackSchema, raw));
      pack.catch(() => packs.delete(key));
      packs.set(key, pack);
    }
    return pack;
  });

  handle('getProfile', () => profile.get());
  handle('updateProfileSection', ({ section, value, session }) => profile.update(section, value, typeof session === 'string' ? session : undefined));

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
