/**
 * Zustand cache over the settings item (style rule 5): filled from storage, kept current with
 * `watch`, written through the item. Every context (panel, popup, dashboard) has its own copy and
 * they agree through storage, so a language chosen in one applies everywhere at once.
 */
import { create } from 'zustand';
import { pickLanguage, type LanguageCode } from '../i18n/languages.ts';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../storage/items.ts';
import { followItem, type RecoveryReport } from '../storage/validated-item.ts';

export interface SettingsState {
  settings: Settings;
  ready: boolean;
  /** Set when the stored settings were unreadable and defaults were restored. */
  recovered?: RecoveryReport;
  /** Writes a change; the watch brings it back into every context's store. */
  update(patch: Partial<Settings>): Promise<void>;
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  settings: DEFAULT_SETTINGS,
  ready: false,
  async update(patch) {
    const next = { ...get().settings, ...patch };
    set({ settings: next });
    await settingsItem.setValue(next);
  },
}));

/** Loads the settings into the store and follows changes; returns the function that stops it. */
export async function bindSettingsStore(): Promise<() => void> {
  const { unwatch, ready } = followItem(settingsItem, (settings) => useSettingsStore.setState({ settings }));
  const { recovered } = await ready;
  useSettingsStore.setState({ ready: true, ...(recovered ? { recovered } : {}) });
  return unwatch;
}

/** The language to show: the person's choice, else the browser's language, else French. */
export function effectiveLanguage(settings: Settings, browserLanguages: readonly string[]): LanguageCode {
  return settings.language ?? pickLanguage(browserLanguages);
}
