/**
 * Starts an extension page (popup, dashboard, printable pages): settings, language pack, then
 * React inside LocalizedRoot with `lang`/`dir` on the page's `<html>`.
 */
import { browser } from '#imports';
import type { ReactNode } from 'react';
import ReactDOM from 'react-dom/client';
import { extensionPackLoader } from '../../utils/i18n/extension-packs.ts';
import { createI18n } from '../../utils/i18n/init.ts';
import { messageProfileTransport } from '../../utils/messaging/protocol.ts';
import { bindProfileStore } from '../../utils/state/profile-store.ts';
import { bindSettingsStore, effectiveLanguage, useSettingsStore } from '../../utils/state/settings-store.ts';
import { LocalizedRoot } from './localized-root.tsx';

export async function startExtensionPage(options: {
  namespaces: readonly string[];
  render: () => ReactNode;
  className?: string;
}): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  await bindSettingsStore();
  void bindProfileStore(messageProfileTransport);
  const language = effectiveLanguage(useSettingsStore.getState().settings, navigator.languages);
  const i18n = await createI18n({ language, namespaces: options.namespaces, loader: extensionPackLoader });
  ReactDOM.createRoot(container).render(
    <LocalizedRoot
      i18n={i18n}
      browserLanguages={navigator.languages}
      documentElement={document.documentElement}
      className={options.className}
    >
      {options.render()}
    </LocalizedRoot>,
  );
}

/** Opens the dashboard at a section in a new tab (from an extension page). */
export async function openDashboardTab(section: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#/${section}` as '/') });
}
