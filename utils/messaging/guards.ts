/**
 * Who may talk to the background (style rule 7; Bitwarden `security-preflight.ts`): only this
 * extension's own pages, and its content script running in the top frame of an ANEF portal page.
 * Everything else (other extensions, other sites, sub-frames) is refused before any handler runs.
 */
import { PORTAL_HOST } from '../site/selectors.ts';

export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type SenderKind = 'extension-page' | 'content-script';

/** What kind of trusted sender this is, or undefined when it must be refused. */
export function classifySender(sender: SenderLike, runtimeId: string, extensionOrigin: string): SenderKind | undefined {
  if (!sender.id || sender.id !== runtimeId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab && (sender.frameId ?? 0) === 0 && isPortalUrl(url)) return 'content-script';
  return undefined;
}

/** True for https URLs on the ANEF portal host (exactly, no look-alike host). */
export function isPortalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname === PORTAL_HOST;
  } catch {
    return false;
  }
}
