/** Delivering messages to the background as @webext-core/messaging does, from a chosen sender. */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}/`;
/** One of Repère's own pages. */
export const PAGE = { id: fakeBrowser.runtime.id, url: `${ORIGIN}popup.html` };
/** The content script in the top frame of an ANEF tab. */
export const CONTENT = {
  id: fakeBrowser.runtime.id,
  url: 'https://administration-etrangers-en-france.interieur.gouv.fr/usagers/#/',
  frameId: 0,
  tab: { id: 7 },
};

/** Delivers a message from a given sender; resolves with the reply. */
export async function deliver(type: string, data: unknown, sender: object): Promise<{ res?: unknown; err?: { message: string } }> {
  const message = { id: 1, type, data, timestamp: Date.now() };
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}
