/**
 * Where the person's data lives right now, decided from four facts (pure: no storage, no browser).
 *
 *   device mode   own passphrase?   protected profiles   who is in this session (session storage)
 *        │              │                   │                          │
 *        └──────────────┴─────────┬─────────┴──────────────────────────┘
 *                                 ▼
 *   plain      own device, no passphrase          local:profile (clear, on this device only)
 *   own-vault  own device, passphrase, unlocked   local:ownVault (encrypted), key in session
 *   guest      shared computer, no profile        session:profile (memory only)
 *   profile    shared computer, a profile opened  local:profiles[id] (encrypted), key in session
 *   locked     a key is needed and none is there  nothing: every context shows "locked"
 *
 * The first-run question not answered yet (mode null) counts as a shared computer: nothing
 * personal goes to disk before the person said this is their own device. On a shared computer
 * without any protected profile, nobody needs to unlock anything: the session is a guest session.
 * When profiles exist and nobody opened one, Repère is locked: the next person chooses their
 * picture, or continues without a profile.
 */
import type { DeviceSettings } from '../storage/items.ts';
import type { Unlock } from '../storage/private-items.ts';

export type ResolvedSession =
  | { kind: 'plain' }
  | { kind: 'own-vault'; key: string }
  | { kind: 'guest' }
  | { kind: 'profile'; id: string; key: string }
  | { kind: 'locked'; need: 'own-passphrase' | 'profile' };

export type SessionKind = ResolvedSession['kind'];

export interface SessionFacts {
  mode: DeviceSettings['mode'];
  hasOwnVault: boolean;
  profileIds: readonly string[];
  unlock: Unlock;
}

export function resolveSession(facts: SessionFacts): ResolvedSession {
  const { unlock } = facts;
  if (facts.mode === 'own') {
    if (!facts.hasOwnVault) return { kind: 'plain' };
    return unlock?.kind === 'own' ? { kind: 'own-vault', key: unlock.key } : { kind: 'locked', need: 'own-passphrase' };
  }
  if (unlock?.kind === 'profile' && facts.profileIds.includes(unlock.id)) return { kind: 'profile', id: unlock.id, key: unlock.key };
  if (unlock?.kind === 'guest' || facts.profileIds.length === 0) return { kind: 'guest' };
  return { kind: 'locked', need: 'profile' };
}

/**
 * Whether an automatic lock would end something: a key to forget, or a guest session's data to
 * erase. Plain storage on the own device has nothing to lock (a passphrase is needed for that).
 */
export function isLockable(session: ResolvedSession, hasGuestData: boolean): boolean {
  switch (session.kind) {
    case 'own-vault':
    case 'profile':
      return true;
    case 'guest':
      return hasGuestData;
    case 'plain':
    case 'locked':
      return false;
  }
}

/** The lock policy's mode: the question not answered yet counts as a shared computer. */
export function policyMode(mode: DeviceSettings['mode']): 'own' | 'shared' {
  return mode === 'own' ? 'own' : 'shared';
}
