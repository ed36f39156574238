/** Rendering failure and letter components with the real packs and a profile store in memory. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { OverlayActionsContext } from '../../../components/overlay/overlay-actions.ts';
import { LocalizedRoot } from '../../../components/shared/localized-root.tsx';
import type { LanguageCode } from '../../../utils/i18n/languages.ts';
import { emptyProfile, type ProfileData } from '../../../utils/profile/profile.ts';
import { useProfileStore } from '../../../utils/state/profile-store.ts';
import { useSettingsStore } from '../../../utils/state/settings-store.ts';
import { DEFAULT_SETTINGS } from '../../../utils/storage/items.ts';
import { testI18n } from '../test-i18n.ts';

/** A ready profile store whose updates apply at once (as the background would answer). */
export function setMemoryProfile(profile: Partial<ProfileData> = {}) {
  useProfileStore.setState({
    status: 'ready',
    invalid: [],
    profile: { ...emptyProfile(), ...profile },
    update: async (section, value) => {
      useProfileStore.setState((state) => ({ profile: { ...state.profile!, [section]: value } }));
    },
  });
}

export async function renderIn(language: LanguageCode, node: ReactNode, openDashboard = vi.fn()) {
  useSettingsStore.setState({ settings: { ...DEFAULT_SETTINGS, language }, ready: true });
  const i18n = await testI18n(language);
  const view = render(
    <LocalizedRoot i18n={i18n} browserLanguages={['fr']}>
      <OverlayActionsContext.Provider value={{ openDashboard }}>{node}</OverlayActionsContext.Provider>
    </LocalizedRoot>,
  );
  return { view, openDashboard };
}
