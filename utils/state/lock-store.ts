/**
 * Zustand cache of the lock state and the device mode in one context (style rule 5), the panel on
 * ANEF included: neither holds anything personal. It drives the 30-second warning banner and what
 * the "Next person" and "Lock" buttons offer. Bound on first use, kept current with `watch`.
 */
import { create } from 'zustand';
import { deviceItem, lockStateItem, type DeviceSettings, type LockStateValue } from '../storage/items.ts';
import { followItem } from '../storage/validated-item.ts';

export interface LockStoreState {
  lock: LockStateValue;
  mode: DeviceSettings['mode'];
}

export const useLockStore = create<LockStoreState>()(() => ({
  lock: lockStateItem.fallback,
  mode: null,
}));

let bound: Promise<void> | undefined;

/** Loads and follows the lock state and the device mode (once per context). */
export function bindLockStore(): Promise<void> {
  bound ??= (async () => {
    await Promise.all([
      followItem(lockStateItem, (lock) => useLockStore.setState({ lock })).ready,
      followItem(deviceItem, ({ mode }) => useLockStore.setState({ mode })).ready,
    ]);
  })().catch(() => undefined);
  return bound;
}
