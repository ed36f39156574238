/**
 * Content script on the ANEF portal only (never the SSO host). Wiring only: the overlay lives in
 * components/overlay/.
 */
import './style.css';
import { defineContentScript } from '#imports';
import { mountOverlay } from '../../components/overlay/mount.tsx';
import { PORTAL_MATCH } from '../../utils/site/selectors.ts';

export default defineContentScript({
  matches: [PORTAL_MATCH],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    return mountOverlay(ctx);
  },
});
