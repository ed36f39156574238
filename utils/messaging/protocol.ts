/**
 * The one typed message protocol between the parts of Repère (style rule 7). The background
 * registers the handlers (entrypoints/background/messages.ts) and checks every sender first
 * (./guards.ts). The messenger never logs: payloads may hold personal data.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { IncidentDraft, PhotoOutcome } from '../failure/journal.ts';
import type { Pack } from '../i18n/init.ts';
import type { LanguageCode } from '../i18n/languages.ts';
import type { SectionName } from '../profile/profile.ts';
import type { ProfileSnapshot } from '../profile/service.ts';
import type { ExistingDataChoice, Outcome, PrivacyState } from '../privacy/session.ts';
import type { PictureId } from '../storage/items.ts';
import type { ProfileTransport } from '../state/profile-store.ts';

export type DashboardSection = 'procedures' | 'documents' | 'failure' | 'help' | 'privacy' | 'settings';

export interface ProtocolMap {
  /** Loader content script → background: inject the panel into this tab (after ANEF loaded). */
  injectPanel(): void;
  /** Content script → background: one language pack, read from the extension's own files. */
  getLocalePack(data: { language: string; namespace: string }): Pack;
  /** Panel start → background, in one round trip: the language to show (the person's choice, else
   *  the browser's) and its packs for these namespaces, with French for missing keys. */
  startPanel(data: { browserLanguages: readonly string[]; namespaces: readonly string[] }): PanelStart;
  /** Content script or popup → background: open (or focus) the dashboard at a section. */
  openDashboard(data: { section: DashboardSection }): void;
  /** Any context → background: the person's data, or "locked". */
  getProfile(): ProfileSnapshot;
  /** Any context → background: replace one section of the person's data (validated there), for the
   *  session it was read in (`session`: dropped if the person changed meanwhile). */
  updateProfileSection(data: { section: SectionName; value: unknown; session?: string }): ProfileSnapshot;
  /** Content script → background: add an incident to the journal, with a photo of the tab if asked. */
  recordIncident(data: IncidentDraft): RecordIncidentReply;
  /** Content script → background: photograph the sender's tab for an incident already recorded. */
  attachIncidentPhoto(data: { id: string }): { status: 'locked' } | { status: 'done'; photo: PhotoOutcome };

  // Shared computers and passphrases (utils/privacy/; entrypoints/background/session.ts).
  // Passphrases go only from Repère's own pages to the background, which never sends a key back.
  /** Page → background: mode, session kind, profile pictures (nothing personal). */
  getPrivacyState(): PrivacyState;
  /** Page → background: open the own device's data or a protected profile. */
  unlock(data: { target: { kind: 'own' } | { kind: 'profile'; id: string }; passphrase: string }): Outcome;
  /** Any context → background: continue without a profile on a shared computer (a fresh session). */
  startGuest(): Outcome;
  createProfile(data: { picture: PictureId; passphrase: string }): Outcome;
  deleteProfile(data: { id: string }): Outcome;
  setOwnPassphrase(data: { passphrase: string }): Outcome;
  removeOwnPassphrase(): Outcome;
  chooseDeviceMode(data: { mode: 'own' | 'shared'; choice?: ExistingDataChoice }): Outcome;
  /** Page → background: erase this person's data wherever it is, and end the session. */
  eraseCurrentPerson(): Outcome;
  /** Page → background: put back a whole profile read from a backup file. */
  restoreProfile(data: { profile: unknown }): Outcome;
  /** Any context → background: lock now. */
  lockNow(): void;
  /** Any context → background: lock, wipe the session, back to a neutral start. */
  nextPerson(): void;
  /** Any context → background: the person answered the lock warning. */
  stillHere(): void;
}

export interface PanelStart {
  language: LanguageCode;
  /** packs[language][namespace] */
  packs: Record<string, Record<string, Pack>>;
}

export type RecordIncidentReply =
  | { status: 'locked' }
  | { status: 'recorded'; id: string; at: string; photo: PhotoOutcome };

const silent = { debug() {}, log() {}, warn() {}, error() {} };

export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: silent });
export const { sendMessage, onMessage } = messenger;

/** The profile store's link to the background's profile service. */
export const messageProfileTransport: ProfileTransport = {
  get: () => sendMessage('getProfile'),
  update: (section, value, session) => sendMessage('updateProfileSection', { section, value, ...(session !== undefined ? { session } : {}) }),
};
