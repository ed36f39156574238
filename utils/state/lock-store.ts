/**
 * Zustand cache of the lock state and the device mode in one context (style rule 5), the panel on
 * ANEF included: neither holds anything personal. It drives the 30-second warning banner and what
 * the "Next person" and "Lock" buttons offer. Bound on first use, kept current with `watch`.
 */
import { create } from 'zustand';
import { deviceItem, lockStateItem, type DeviceSettings, type LockStateValue } from '../storage/items.ts';

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
    lockStateItem.watch((lock) => useLockStore.setState({ lock }));
    deviceItem.watch(({ mode }) => useLockStore.setState({ mode }));
    const [lock, device] = await Promise.all([lockStateItem.getValue(), deviceItem.getValue()]);
    useLockStore.setState({ lock, mode: device.mode });
  })().catch(() => undefined);
  return bound;
}
