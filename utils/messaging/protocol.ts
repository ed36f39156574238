/**
 * The one typed message protocol between the parts of Repère (style rule 7). The background
 * registers the handlers (entrypoints/background/messages.ts) and checks every sender first
 * (./guards.ts). The messenger never logs: payloads may hold personal data.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { IncidentDraft, PhotoOutcome } from '../failure/journal.ts';
import type { Pack } from '../i18n/init.ts';
import type { SectionName } from '../profile/profile.ts';
import type { ProfileSnapshot } from '../profile/service.ts';
import type { ProfileTransport } from '../state/profile-store.ts';

export type DashboardSection = 'procedures' | 'documents' | 'failure' | 'help' | 'privacy' | 'settings';

export interface ProtocolMap {
  /** Loader content script → background: inject the panel into this tab (after ANEF loaded). */
  injectPanel(): void;
  /** Content script → background: one language pack, read from the extension's own files. */
  getLocalePack(data: { language: string; namespace: string }): Pack;
  /** Content script or popup → background: open (or focus) the dashboard at a section. */
  openDashboard(data: { section: DashboardSection }): void;
  /** Any context → background: the person's data, or "locked". */
  getProfile(): ProfileSnapshot;
  /** Any context → background: replace one section of the person's data (validated there). */
  updateProfileSection(data: { section: SectionName; value: unknown }): ProfileSnapshot;
  /** Content script → background: add an incident to the journal, with a photo of the tab if asked. */
  recordIncident(data: IncidentDraft): RecordIncidentReply;
  /** Content script → background: photograph the sender's tab for an incident already recorded. */
  attachIncidentPhoto(data: { id: string }): { status: 'locked' } | { status: 'done'; photo: PhotoOutcome };
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
  update: (section, value) => sendMessage('updateProfileSection', { section, value }),
};
