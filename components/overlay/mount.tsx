/**
 * Starts Repère's panel on an ANEF page (entrypoints/panel/, injected after the page loaded).
 *
 *   settings ─┐                       ┌─ wxt:locationchange ─┐
 *             ├─ language pack ──┐     │  MutationObserver ───┼─ recognizePage ─→ page store
 *   recognise ┘  (background)    ├─ React panel in a shadow root ←────────────────┘
 *                                 │
 *   Alt+Shift+R ─→ overlay store ─┘
 *   DOM changes on form pages ─→ field-help hosts ("?" beside known fields) ─→ portals of the panel
 *
 * It recognises the page at once and reads the settings and the language pack in parallel; the
 * panel renders as soon as the pack is there. Mounting twice does nothing (a second injection finds
 * the host already present).
 */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { startTransition } from 'react';
import ReactDOM from 'react-dom/client';
import { createI18n, type PackLoader } from '../../utils/i18n/init.ts';
import { messageProfileTransport, sendMessage } from '../../utils/messaging/protocol.ts';
import type { PageInfo } from '../../utils/site/recognize.ts';
import { watchPage } from '../../utils/site/page-watcher.ts';
import { useFieldHelpStore } from '../../utils/state/field-help-store.ts';
import { useOverlayStore, isFocusShortcut } from '../../utils/state/overlay-store.ts';
import { usePageStore } from '../../utils/state/page-store.ts';
import { bindProfileStore } from '../../utils/state/profile-store.ts';
import { bindSettingsStore, effectiveLanguage, useSettingsStore } from '../../utils/state/settings-store.ts';
import { OVERLAY_NAMESPACES } from './namespaces.ts';
import { createFieldHosts } from '../field-help/field-hosts.ts';
import fieldHelpCss from '../field-help/field-help.css?inline';
import { OverlayApp } from './overlay-app.tsx';

/** The custom element that hosts the shadow root (also how a second injection is detected). */
export const HOST_TAG = 'repere-panel';


/** Pages where ANEF shows form fields Repère may explain. */
function mayHaveFields(page: PageInfo): boolean {
  return page.kind === 'sejour-form' || page.kind === 'account-creation' || page.formStep !== undefined;
}

const loadFromBackground: PackLoader = (language, namespace) => sendMessage('getLocalePack', { language, namespace });

export async function mountOverlay(ctx: ContentScriptContext, css: string): Promise<void> {
  if (document.querySelector(HOST_TAG)) return;
  performance.mark('repere:start');

  const fieldHosts = createFieldHosts({
    doc: document,
    css: fieldHelpCss,
    onChange: (spots) => useFieldHelpStore.setState({ spots }),
  });
  const followFields = (page: PageInfo) => (mayHaveFields(page) ? fieldHosts.refresh() : fieldHosts.clear());
  watchPage({
    window,
    ctx,
    onChange: (page) => usePageStore.getState().setPage(page),
    onDomChange: followFields,
    onMutation: () => fieldHosts.layoutSoon(),
  });
  ctx.addEventListener(window, 'resize', () => fieldHosts.layout());
  ctx.onInvalidated(() => fieldHosts.clear());
  ctx.addEventListener(window, 'keydown', (event) => {
    if (!isFocusShortcut(event)) return;
    event.preventDefault();
    useOverlayStore.getState().requestFocus();
  }, { capture: true });

  void bindProfileStore(messageProfileTransport).then((unbind) => ctx.onInvalidated(unbind));
  // The settings (for the store) and the language packs (from the background, in one message)
  // are read in parallel; the panel renders once both are there.
  const [, start] = await Promise.all([
    bindSettingsStore().then((unbindSettings) => ctx.onInvalidated(unbindSettings)),
    sendMessage('startPanel', { browserLanguages: [...navigator.languages], namespaces: OVERLAY_NAMESPACES })
      .catch(() => undefined),
  ]);
  const language = effectiveLanguage(useSettingsStore.getState().settings, navigator.languages);
  const i18n = await createI18n({
    language,
    namespaces: OVERLAY_NAMESPACES,
    // A pack the start message did not bring (it failed, or the language just changed) is asked for.
    loader: async (code, namespace) => start?.packs[code]?.[namespace] ?? loadFromBackground(code, namespace),
  });
  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    css,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = ReactDOM.createRoot(container);
      // A transition: React renders the panel in small slices and lets ANEF's own work run in
      // between, instead of one long task.
      startTransition(() => root.render(
        <OverlayApp
          i18n={i18n}
          browserLanguages={navigator.languages}
          hostDocument={document}
          actions={{ openDashboard: (section) => void sendMessage('openDashboard', { section }) }}
          onFirstRender={() => performance.mark('repere:first-render')}
        />,
      ));
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  if (document.querySelector(HOST_TAG)) return;
  ui.mount();
  followFields(usePageStore.getState().page);
  void document.fonts?.ready.then(() => fieldHosts.layout());
}
