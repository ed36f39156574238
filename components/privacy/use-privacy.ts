/**
 * Hooks to the privacy stores: the lock state and device mode (every context, the panel included)
 * and, in Repère's own pages only, what the background says about the data's protection.
 */
import { useEffect } from 'react';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import type { Outcome, PrivacyError, PrivacyState } from '../../utils/privacy/session.ts';
import { bindLockStore, useLockStore, type LockStoreState } from '../../utils/state/lock-store.ts';
import { bindPrivacyStore, usePrivacyStore } from '../../utils/state/privacy-store.ts';

export function useLockState(): LockStoreState {
  useEffect(() => {
    void bindLockStore();
  }, []);
  const lock = useLockStore((state) => state.lock);
  const mode = useLockStore((state) => state.mode);
  return { lock, mode };
}

/** Pages only: the content script is refused this information. */
export function usePrivacyState(): PrivacyState | null {
  useEffect(() => {
    void bindPrivacyStore(() => sendMessage('getPrivacyState'));
  }, []);
  return usePrivacyStore((state) => state.state);
}

/** A background answer as an error code to show, or null when it worked. */
export async function outcomeOf(request: Promise<Outcome>): Promise<PrivacyError | 'failed' | null> {
  try {
    const outcome = await request;
    return outcome.ok ? null : outcome.error;
  } catch {
    return 'failed';
  }
}
