/**
 * When Repère locks (facts/users-languages.md §4.2): after a few minutes without activity (5 by
 * default, 1–30, or never on the person's own device), with a 30-second warning and a one-tap
 * "I'm still here"; at once when the computer's screen locks (idle API "locked") and when the
 * browser restarts (the key lives in session storage, which the browser empties).
 *
 * Pure: a small state machine fed with events and the time; the background applies its answers.
 */

export const WARNING_SECONDS = 30;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;
export const MIN_AUTO_LOCK_MINUTES = 1;
export const MAX_AUTO_LOCK_MINUTES = 30;
/** Chrome's idle API cannot detect less than 15 seconds of inactivity. */
const MIN_DETECTION_SECONDS = 15;

export interface LockPolicy {
  /** Minutes without activity before locking; null = never (own device only). */
  autoLockMinutes: number | null;
  mode: 'own' | 'shared';
}

export type LockEvent =
  | { type: 'idle'; at: number } // no input for (minutes − 30 s): time to warn
  | { type: 'active'; at: number } // input again
  | { type: 'still-here'; at: number } // the person pressed "I'm still here"
  | { type: 'screen-locked'; at: number } // the computer's screen locked
  | { type: 'warning-elapsed'; at: number }; // the 30-second warning ran out

export interface LockState {
  unlocked: boolean;
  /** When the lock will happen if nobody answers the warning (ms since epoch). */
  warningEndsAt?: number;
}

export type LockAction = 'none' | 'warn' | 'cancel-warning' | 'lock';

/** The auto-lock delay actually applied: shared computers can never turn it off. */
export function effectiveMinutes(policy: LockPolicy): number | null {
  if (policy.autoLockMinutes === null) return policy.mode === 'own' ? null : DEFAULT_AUTO_LOCK_MINUTES;
  return Math.min(MAX_AUTO_LOCK_MINUTES, Math.max(MIN_AUTO_LOCK_MINUTES, Math.round(policy.autoLockMinutes)));
}

/** Inactivity (seconds) after which the warning starts; null = no auto-lock. */
export function idleDetectionSeconds(policy: LockPolicy): number | null {
  const minutes = effectiveMinutes(policy);
  if (minutes === null) return null;
  return Math.max(MIN_DETECTION_SECONDS, minutes * 60 - WARNING_SECONDS);
}

/** What to do on an event, and the new state. */
export function onLockEvent(state: LockState, event: LockEvent, policy: LockPolicy): { state: LockState; action: LockAction } {
  if (!state.unlocked) return { state, action: 'none' };
  switch (event.type) {
    case 'screen-locked':
      return { state: { unlocked: false }, action: 'lock' };
    case 'idle':
      if (effectiveMinutes(policy) === null || state.warningEndsAt !== undefined) return { state, action: 'none' };
      return { state: { unlocked: true, warningEndsAt: event.at + WARNING_SECONDS * 1000 }, action: 'warn' };
    case 'active':
    case 'still-here':
      if (state.warningEndsAt === undefined) return { state, action: 'none' };
      return { state: { unlocked: true }, action: 'cancel-warning' };
    case 'warning-elapsed':
      if (state.warningEndsAt === undefined || event.at < state.warningEndsAt) return { state, action: 'none' };
      return { state: { unlocked: false }, action: 'lock' };
  }
}
