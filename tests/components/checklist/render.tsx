/**
 * Rendering helpers for the checklist component tests: real language packs, the settings store in
 * the wanted language, and the profile store bound to an in-memory profile service (what the
 * background does), so that every tick goes through the same path as in the extension.
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { ChecklistProgress } from '../../../utils/checklist/progress.ts';
import { emptyProfile, type ProfileData } from '../../../utils/profile/profile.ts';
import type { ProfileSnapshot } from '../../../utils/profile/service.ts';
import { bindProfileStore, type ProfileTransport } from '../../../utils/state/profile-store.ts';
import { useSettingsStore } from '../../../utils/state/settings-store.ts';
import { DEFAULT_SETTINGS } from '../../../utils/storage/items.ts';
import { LocalizedRoot } from '../../../components/shared/localized-root.tsx';
import { testI18n } from '../test-i18n.ts';

export interface MemoryProfile {
  transport: ProfileTransport & { update: ReturnType<typeof vi.fn> };
  /** The checklist section as the service holds it now. */
  checklist(): ChecklistProgress;
}

export function memoryProfile(checklist?: ChecklistProgress): MemoryProfile {
  let profile: ProfileData = { ...emptyProfile(), ...(checklist ? { checklist } : {}) };
  let revision = 0;
  const snapshot = (): ProfileSnapshot => ({ status: 'ready', profile, revision });
  const update = vi.fn(async (section: string, value: unknown) => {
    profile = { ...profile, [section]: structuredClone(value) } as ProfileData;
    revision += 1;
    return snapshot();
  });
  return { transport: { get: async () => snapshot(), update }, checklist: () => profile.checklist };
}

/** Binds the profile store to a memory profile; returns the unbind function. */
export async function bindMemoryProfile(profile: MemoryProfile): Promise<() => void> {
  return bindProfileStore(profile.transport);
}

export async function renderLocalized(language: 'fr' | 'ar', ui: ReactNode) {
  useSettingsStore.setState({ settings: { ...DEFAULT_SETTINGS, language }, ready: true });
  const i18n = await testI18n(language);
  return render(
    <LocalizedRoot i18n={i18n} browserLanguages={['fr']}>
      {ui}
    </LocalizedRoot>,
  );
}
