/** Senders and message delivery for background tests (WXT fake browser). */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}/`;
export const PAGE = { id: fakeBrowser.runtime.id, url: `${ORIGIN}popup.html` };
export const CONTENT = {
  id: fakeBrowser.runtime.id,
  url: 'https://administration-etrangers-en-france.interieur.gouv.fr/usagers/#/',
  frameId: 0,
  tab: { id: 7 },
};

/** Delivers a message as @webext-core/messaging does, from a given sender; resolves with the reply. */
export async function deliver(type: string, data: unknown, sender: object): Promise<{ res?: unknown; err?: { message: string } }> {
  const message = { id: 1, type, data, timestamp: Date.now() };
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}
