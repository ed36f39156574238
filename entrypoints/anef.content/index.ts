/**
 * Content script on the ANEF portal only (never the SSO host): a tiny loader, wiring only.
 *
 * It does nothing while the ANEF page loads. Once the page has loaded and the browser is idle, it
 * asks the background to inject the panel (entrypoints/panel/, built separately). Evaluating the
 * full panel bundle (React, i18next…) here, at document_idle, delayed ANEF's load event by about as
 * much as the bundle takes to parse (measured with `npm run bench`), hence the split.
 */
import { defineContentScript } from '#imports';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import { PORTAL_MATCH } from '../../utils/site/selectors.ts';

export default defineContentScript({
  matches: [PORTAL_MATCH],
  runAt: 'document_idle',
  main(ctx) {
    performance.mark('repere:loader');
    const inject = () => ctx.requestIdleCallback(() => void sendMessage('injectPanel').catch(() => {}), { timeout: 300 });
    if (document.readyState === 'complete') inject();
    else ctx.addEventListener(window, 'load', inject, { once: true });
  },
});
