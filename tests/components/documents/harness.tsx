/**
 * Renders a documents component in a language, over a real profile service kept in memory (the
 * same validation as the background), with today fixed to 27/11/2026.
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { LocalizedRoot } from '../../../components/shared/localized-root.tsx';
import type { TrackedDocument } from '../../../utils/deadlines/documents.ts';
import type { ProfileData } from '../../../utils/profile/profile.ts';
import { createProfileService, type ProfileBackend } from '../../../utils/profile/service.ts';
import { bindProfileStore } from '../../../utils/state/profile-store.ts';
import { useSettingsStore } from '../../../utils/state/settings-store.ts';
import { DEFAULT_SETTINGS } from '../../../utils/storage/items.ts';
import { testI18n } from '../test-i18n.ts';

export const TODAY = new Date(2026, 10, 27, 10, 0);

export async function renderWithDocuments(ui: ReactNode, options: { language?: 'fr' | 'ar'; docs?: TrackedDocument[] } = {}) {
  const language = options.language ?? 'fr';
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
  let stored: unknown = { documents: { items: options.docs ?? [] } };
  let revision = 0;
  const backend: ProfileBackend = {
    load: async () => stored,
    save: async (profile: ProfileData) => {
      stored = structuredClone(profile);
    },
    keepAside: async () => {},
  };
  const service = createProfileService({ backend: () => backend, readRevision: async () => revision, bumpRevision: async () => ++revision });
  await bindProfileStore({ get: () => service.get(), update: (section, value) => service.update(section, value) });
  useSettingsStore.setState({ settings: { ...DEFAULT_SETTINGS, language }, ready: true });
  const i18n = await testI18n(language);
  const view = render(<LocalizedRoot i18n={i18n} browserLanguages={[language]}>{ui}</LocalizedRoot>);
  return { view, storedDocs: () => (stored as { documents: { items: TrackedDocument[] } }).documents.items };
}
