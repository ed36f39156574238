/**
 * A photo of the ANEF tab, for the journal. `tabs.captureVisibleTab` needs either `<all_urls>` or
 * the `activeTab` grant: Repère asks only for `activeTab` (no host access beyond its content
 * script), which the browser gives when the person clicks Repère's toolbar icon on that tab and
 * keeps for that tab until it is closed or leaves the site. Without it the capture is refused
 * and the panel explains the click. Verified in Chromium (tests/e2e/failure.spec.ts): a host
 * permission for the ANEF site alone does not allow the capture.
 */
import { browser } from '#imports';
import type { Photo, PhotoOutcome } from './journal.ts';
import { shrinkImage } from './photo.ts';

export type Capture = (tabId: number) => Promise<{ photo: Photo } | { outcome: Exclude<PhotoOutcome, 'attached'> }>;

export const captureTab: Capture = async (tabId) => {
  let windowId: number;
  try {
    const tab = await browser.tabs.get(tabId);
    // captureVisibleTab photographs whatever tab is shown: never another one.
    if (!tab.active) return { outcome: 'not-visible' };
    windowId = tab.windowId;
  } catch {
    return { outcome: 'failed' };
  }
  let shot: string;
  try {
    shot = await browser.tabs.captureVisibleTab(windowId, { format: 'jpeg', quality: 85 });
  } catch (error) {
    return { outcome: /permission|activeTab|all_urls/i.test(String(error)) ? 'no-permission' : 'failed' };
  }
  try {
    const image = await shrinkImage(await (await fetch(shot)).blob());
    return { photo: { ...image, source: 'capture' } };
  } catch {
    return { outcome: 'failed' };
  }
};
