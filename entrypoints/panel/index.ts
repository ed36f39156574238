/**
 * The panel on ANEF pages, injected into the top frame of an ANEF tab by the background when the
 * loader content script asks (entrypoints/anef.content/). Wiring only: components/overlay/.
 *
 * The styles are given to the shadow root as text (`?inline`) rather than through WXT's
 * `cssInjectionMode: 'ui'`, which fetches a web-accessible CSS file named after a content-script
 * entrypoint: this script is not one, and nothing of ours needs to be web-accessible to ANEF.
 */
import { defineUnlistedScript } from '#imports';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountOverlay } from '../../components/overlay/mount.tsx';
import css from '../../components/overlay/panel.css?inline';

export default defineUnlistedScript(() => {
  void mountOverlay(new ContentScriptContext('repere-panel'), css);
});
