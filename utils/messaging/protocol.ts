/**
 * The one typed message protocol between the parts of Repère (style rule 7). The background
 * registers the handlers (entrypoints/background/messages.ts) and checks every sender first
 * (./guards.ts). The messenger never logs: payloads may hold personal data.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Pack } from '../i18n/init.ts';

export type DashboardSection = 'procedures' | 'documents' | 'failure' | 'help' | 'privacy' | 'settings';

export interface ProtocolMap {
  /** Content script → background: one language pack, read from the extension's own files. */
  getLocalePack(data: { language: string; namespace: string }): Pack;
  /** Content script or popup → background: open (or focus) the dashboard at a section. */
  openDashboard(data: { section: DashboardSection }): void;
}

const silent = { debug() {}, log() {}, warn() {}, error() {} };

export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: silent });
export const { sendMessage, onMessage } = messenger;
