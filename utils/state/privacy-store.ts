/**
 * Zustand cache, in Repère's own pages only, of what the background says about the protection of
 * the data (utils/privacy/session.ts `PrivacyState`: mode, session kind, profile pictures — nothing
 * personal). Asked again whenever the profile revision, the device mode or the lock state changes:
 * every change of the session bumps the revision.
 */
import { create } from 'zustand';
import type { PrivacyState } from '../privacy/session.ts';
import { deviceItem, lockStateItem, profileRevisionItem } from '../storage/items.ts';

export interface PrivacyStoreState {
  state: PrivacyState | null;
  /** The background could not be asked. */
  failed: boolean;
}

export const usePrivacyStore = create<PrivacyStoreState>()(() => ({ state: null, failed: false }));

let bound: Promise<void> | undefined;

/** Starts following the privacy state with a way to ask the background (once per page). */
export function bindPrivacyStore(ask: () => Promise<PrivacyState>): Promise<void> {
  bound ??= (async () => {
    let asked = 0;
    const refresh = async () => {
      const mine = ++asked;
      try {
        const state = await ask();
        if (mine === asked) usePrivacyStore.setState({ state, failed: false });
      } catch {
        usePrivacyStore.setState({ failed: true });
      }
    };
    profileRevisionItem.watch(() => void refresh());
    deviceItem.watch(() => void refresh());
    lockStateItem.watch(() => void refresh());
    await refresh();
  })();
  return bound;
}
