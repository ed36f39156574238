import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  effectiveMinutes,
  idleDetectionSeconds,
  onLockEvent,
  type LockEvent,
  type LockPolicy,
  type LockState,
} from '../../../utils/crypto/lock-policy.ts';

const shared: LockPolicy = { autoLockMinutes: 5, mode: 'shared' };

/** Plays events at the fake clock's current time and returns the actions taken. */
function play(policy: LockPolicy, steps: (LockEvent['type'] | number)[]) {
  let state: LockState = { unlocked: true };
  const actions: string[] = [];
  for (const step of steps) {
    if (typeof step === 'number') {
      vi.advanceTimersByTime(step);
      continue;
    }
    const result = onLockEvent(state, { type: step, at: Date.now() } as LockEvent, policy);
    state = result.state;
    actions.push(result.action);
  }
  return { actions, state };
}

describe('lock policy', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('starts warning 30 seconds before the delay, 5 minutes by default on shared computers', () => {
    expect(idleDetectionSeconds(shared)).toBe(270);
    expect(idleDetectionSeconds({ autoLockMinutes: null, mode: 'shared' })).toBe(270);
    expect(idleDetectionSeconds({ autoLockMinutes: 1, mode: 'shared' })).toBe(30);
  });

  it('keeps the delay between 1 and 30 minutes, and lets only the own device turn it off', () => {
    expect(effectiveMinutes({ autoLockMinutes: 0, mode: 'shared' })).toBe(1);
    expect(effectiveMinutes({ autoLockMinutes: 90, mode: 'own' })).toBe(30);
    expect(effectiveMinutes({ autoLockMinutes: null, mode: 'own' })).toBeNull();
    expect(idleDetectionSeconds({ autoLockMinutes: null, mode: 'own' })).toBeNull();
  });

  it('warns, then locks when the 30 seconds run out', () => {
    const { actions, state } = play(shared, ['idle', 29_000, 'warning-elapsed', 1_000, 'warning-elapsed']);
    expect(actions).toEqual(['warn', 'none', 'lock']);
    expect(state.unlocked).toBe(false);
  });

  it('"I\'m still here" or any activity cancels the warning', () => {
    expect(play(shared, ['idle', 10_000, 'still-here', 30_000, 'warning-elapsed']).actions).toEqual(['warn', 'cancel-warning', 'none']);
    expect(play(shared, ['idle', 5_000, 'active', 'warning-elapsed']).actions).toEqual(['warn', 'cancel-warning', 'none']);
  });

  it('locks at once when the screen locks, even without a warning', () => {
    expect(play(shared, ['screen-locked']).actions).toEqual(['lock']);
    expect(play({ autoLockMinutes: null, mode: 'own' }, ['screen-locked']).actions).toEqual(['lock']);
  });

  it('never warns when auto-lock is off on the own device', () => {
    expect(play({ autoLockMinutes: null, mode: 'own' }, ['idle', 60_000, 'warning-elapsed']).actions).toEqual(['none', 'none']);
  });

  it('does nothing more once locked', () => {
    expect(play(shared, ['screen-locked', 'idle', 'still-here']).actions).toEqual(['lock', 'none', 'none']);
  });
});
