/**
 * Zustand cache of the person's data in one context (style rule 5). It never reads storage: it
 * asks the background's profile service (utils/profile/service.ts) and re-asks whenever the
 * revision counter changes. Writes go to the service section by section; the store shows them at
 * once and then takes the service's answer.
 */
import { create } from 'zustand';
import type { ProfileData, SectionName, SectionValue } from '../profile/profile.ts';
import type { ProfileSnapshot } from '../profile/service.ts';
import { profileRevisionItem } from '../storage/items.ts';

export interface ProfileTransport {
  get(): Promise<ProfileSnapshot>;
  /** `session`: the session id of the data the change was made on (see ProfileService.update). */
  update(section: SectionName, value: unknown, session?: string): Promise<ProfileSnapshot>;
}

export interface ProfileState {
  status: 'loading' | 'ready' | 'locked' | 'error';
  profile: ProfileData | null;
  /** Sections that were unreadable and were emptied (their old value is kept aside). */
  invalid: SectionName[];
  update<K extends SectionName>(section: K, value: SectionValue<K>): Promise<void>;
}

let transport: ProfileTransport | undefined;
/** The session the shown data belongs to: changes made here are for that session only. */
let session: string | undefined;

function apply(snapshot: ProfileSnapshot): void {
  session = snapshot.status === 'ready' ? snapshot.session : undefined;
  if (snapshot.status === 'locked') useProfileStore.setState({ status: 'locked', profile: null });
  else useProfileStore.setState({ status: 'ready', profile: snapshot.profile, ...(snapshot.invalid ? { invalid: snapshot.invalid } : {}) });
}

export const useProfileStore = create<ProfileState>()((set, get) => ({
  status: 'loading',
  profile: null,
  invalid: [],
  async update(section, value) {
    const current = get().profile;
    if (!transport || !current) return;
    set({ profile: { ...current, [section]: value } });
    try {
      apply(await transport.update(section, value, session));
    } catch {
      set({ status: 'error' });
    }
  },
}));

/** Connects this context's store to the profile service; returns the function that stops it. */
export async function bindProfileStore(using: ProfileTransport): Promise<() => void> {
  transport = using;
  const refresh = async () => {
    try {
      apply(await using.get());
    } catch {
      useProfileStore.setState({ status: 'error' });
    }
  };
  const unwatch = profileRevisionItem.watch(() => void refresh());
  await refresh();
  return () => {
    unwatch();
    transport = undefined;
  };
}
