/**
 * Starts Repère on an ANEF page (called by the content script's `main`).
 *
 *   settings ─┐                       ┌─ wxt:locationchange ─┐
 *             ├─ language pack ──┐     │  MutationObserver ───┼─ recognizePage ─→ page store
 *   recognise ┘  (background)    ├─ React panel in a shadow root ←────────────────┘
 *                                 │
 *   Alt+Shift+R ─→ overlay store ─┘
 *
 * The first task stays small: read settings, recognise the page, ask for the language pack. The
 * panel renders when the pack is there. Mounting twice does nothing (a second injection finds the
 * host already present).
 */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import ReactDOM from 'react-dom/client';
import { createI18n, type PackLoader } from '../../utils/i18n/init.ts';
import { messageProfileTransport, sendMessage } from '../../utils/messaging/protocol.ts';
import { watchPage } from '../../utils/site/page-watcher.ts';
import { useOverlayStore, isFocusShortcut } from '../../utils/state/overlay-store.ts';
import { usePageStore } from '../../utils/state/page-store.ts';
import { bindProfileStore } from '../../utils/state/profile-store.ts';
import { bindSettingsStore, effectiveLanguage, useSettingsStore } from '../../utils/state/settings-store.ts';
import { OverlayApp } from './overlay-app.tsx';

/** The custom element that hosts the shadow root (also how a second injection is detected). */
export const HOST_TAG = 'repere-panel';

/** Namespaces the panel needs. */
export const OVERLAY_NAMESPACES = ['common', 'meta', 'pages', 'overlay', 'failure'] as const;

const loadFromBackground: PackLoader = (language, namespace) => sendMessage('getLocalePack', { language, namespace });

export async function mountOverlay(ctx: ContentScriptContext): Promise<void> {
  if (document.querySelector(HOST_TAG)) return;
  performance.mark('repere:start');

  watchPage({ window, ctx, onChange: (page) => usePageStore.getState().setPage(page) });
  ctx.addEventListener(window, 'keydown', (event) => {
    if (!isFocusShortcut(event)) return;
    event.preventDefault();
    useOverlayStore.getState().requestFocus();
  }, { capture: true });

  const unbindSettings = await bindSettingsStore();
  ctx.onInvalidated(unbindSettings);
  void bindProfileStore(messageProfileTransport).then((unbind) => ctx.onInvalidated(unbind));
  const language = effectiveLanguage(useSettingsStore.getState().settings, navigator.languages);
  const i18n = await createI18n({ language, namespaces: OVERLAY_NAMESPACES, loader: loadFromBackground });

  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = ReactDOM.createRoot(container);
      root.render(
        <OverlayApp
          i18n={i18n}
          browserLanguages={navigator.languages}
          hostDocument={document}
          actions={{ openDashboard: (section) => void sendMessage('openDashboard', { section }) }}
          onFirstRender={() => performance.mark('repere:first-render')}
        />,
      );
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  if (document.querySelector(HOST_TAG)) return;
  ui.mount();
}
