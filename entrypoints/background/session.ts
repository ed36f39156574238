/**
 * Who is in the session, and when it ends: the background's side of shared computers and
 * passphrase locks (utils/privacy/). Wiring only; listeners are registered synchronously.
 *
 *   idle API "idle" ─→ warning (lockState.warning, alarm at +30 s) ─→ alarm ─→ endSession
 *   idle API "active" / "I'm still here" ─→ warning cancelled (re-checked after the idle delay)
 *   idle API "locked" (screen locked) ───────────────────────────────────────→ endSession
 *   browser start (session storage empty) ───────────────────────────────────→ endSession
 *   "Lock" / "Next person" ──────────────────────────────────────────────────→ endSession
 *   unlock, new profile, mode, passphrase, erase, restore ─→ the change ─→ settle
 *
 * `endSession` is THE one function that locks: it empties session storage (the unlocked key, the
 * data of a session without a profile), on a shared computer puts the language back to the
 * browser's for the next person (not for a simple lock: the same person may come back), then
 * `settle`s. `settle` runs after every change of who is in the session or where the
 * data lives: lock state for every context, revision bump (every open panel and page re-reads and
 * finds "locked" or the next person's data), then the `afterChange` hook — where the reminders
 * rebuild their alarms and badge (see registerSession's doc).
 */
import { browser } from '#imports';
import { idleDetectionSeconds, onLockEvent, type LockEvent } from '../../utils/crypto/lock-policy.ts';
import { civilToday } from '../../utils/deadlines/civil.ts';
import type { ProfileService } from '../../utils/profile/service.ts';
import { currentSession, hasGuestData } from '../../utils/privacy/router.ts';
import { isLockable, policyMode } from '../../utils/privacy/session-model.ts';
import * as privacy from '../../utils/privacy/session.ts';
import { deviceItem, lockSettingsItem, lockStateItem, settingsItem } from '../../utils/storage/items.ts';
import { bumpProfileRevision } from './profile.ts';

export const WARNING_ALARM = 'repere-lock-warning';
export const RECHECK_ALARM = 'repere-lock-recheck';

/** Why the session changed (given to the afterChange hook). */
export type SessionChange =
  | 'auto-lock'
  | 'screen-lock'
  | 'lock'
  | 'next-person'
  | 'browser-start'
  | 'erase'
  | 'unlock'
  | 'guest'
  | 'profile-created'
  | 'profile-deleted'
  | 'passphrase'
  | 'mode'
  | 'restore';

/** Changes after which the previous person is gone: what was shown for them must go too. */
export const ENDS_A_SESSION: ReadonlySet<SessionChange> = new Set<SessionChange>(['auto-lock', 'screen-lock', 'lock', 'next-person', 'browser-start', 'erase']);

export type EndReason = Extract<SessionChange, 'auto-lock' | 'screen-lock' | 'lock' | 'next-person' | 'browser-start'>;

export interface SessionHooks {
  /**
   * Called after every change of who is in the session or where the data lives (locks, "next
   * person", erase, unlock, restore…), once the revision was bumped and outside the profile
   * service's queue (it may read the profile: it is "locked" or the new person's). This is where
   * the lead hooks the reminders: rebuild alarms and badge from the profile (none when locked).
   */
  afterChange?: (change: SessionChange) => void | Promise<void>;
  /** The clock (tests). */
  now?: () => number;
  /** Key-derivation cost (tests). */
  crypto?: privacy.CryptoOptions;
}

export interface SessionControl {
  endSession(reason: EndReason): Promise<void>;
  stillHere(): Promise<void>;
  privacyState(): Promise<privacy.PrivacyState>;
  unlock(target: Parameters<typeof privacy.unlock>[0], passphrase: string): Promise<privacy.Outcome>;
  startGuest(): Promise<privacy.Outcome>;
  createProfile(picture: Parameters<typeof privacy.createProfile>[0], passphrase: string): Promise<privacy.Outcome>;
  deleteProfile(id: string): Promise<privacy.Outcome>;
  setOwnPassphrase(passphrase: string): Promise<privacy.Outcome>;
  removeOwnPassphrase(): Promise<privacy.Outcome>;
  chooseMode(mode: 'own' | 'shared', choice?: privacy.ExistingDataChoice): Promise<privacy.Outcome>;
  erase(): Promise<privacy.Outcome>;
  restore(profile: unknown): Promise<privacy.Outcome>;
}

export function registerSession(profile: ProfileService, hooks: SessionHooks = {}): SessionControl {
  const now = hooks.now ?? (() => Date.now());
  const cryptoOptions = hooks.crypto ?? {};

  /** Lock state for every context, revision bump, then the hook. */
  const settle = async (change: SessionChange) => {
    const session = await currentSession();
    const stored = await lockStateItem.getValue();
    const keepWarning = stored.warning && isLockable(session, await hasGuestData()) && !isEnd(change);
    await lockStateItem.setValue({ state: session.kind === 'locked' ? 'locked' : 'open', warning: keepWarning ? stored.warning : null });
    if (!keepWarning) await browser.alarms.clear(WARNING_ALARM);
    await bumpProfileRevision();
    await hooks.afterChange?.(change);
  };

  const endSession = async (reason: EndReason) => {
    await profile.exclusive(async () => {
      // A lock keeps the language (the same person may come back to the lock screen); the next
      // person, a new browser session, or the end of a session without a profile start neutral.
      const neutral = reason === 'next-person' || reason === 'browser-start' || (await currentSession()).kind === 'guest';
      await privacy.wipeSession();
      if (neutral && (await deviceItem.getValue()).mode !== 'own') await resetLanguage();
    });
    await browser.alarms.clear(RECHECK_ALARM);
    await settle(reason);
  };

  /** Runs a change alone in the profile service's queue, then settles when it was done. */
  const change = async (kind: SessionChange, task: () => Promise<privacy.Outcome>): Promise<privacy.Outcome> => {
    const outcome = await profile.exclusive(task);
    if (outcome.ok) await settle(kind);
    return outcome;
  };

  // Lock-policy events one at a time (their state is in storage, style rule 13).
  let events: Promise<unknown> = Promise.resolve();
  const lockEvent = (event: LockEvent) => {
    events = events.then(() => applyLockEvent(event)).catch(() => undefined);
    return events as Promise<void>;
  };

  const applyLockEvent = async (event: LockEvent) => {
    const [session, guestData, stored, lockSettings, device] = await Promise.all([
      currentSession(), hasGuestData(), lockStateItem.getValue(), lockSettingsItem.getValue(), deviceItem.getValue(),
    ]);
    const policy = { autoLockMinutes: lockSettings.autoLockMinutes, mode: policyMode(device.mode) };
    const state = { unlocked: isLockable(session, guestData), ...(stored.warning ? { warningEndsAt: stored.warning.endsAt } : {}) };
    const { action, state: next } = onLockEvent(state, event, policy);
    switch (action) {
      case 'warn':
        await lockStateItem.setValue({ ...stored, warning: { endsAt: next.warningEndsAt!, erase: session.kind === 'guest' } });
        await browser.alarms.create(WARNING_ALARM, { when: next.warningEndsAt! });
        return;
      case 'cancel-warning': {
        await lockStateItem.setValue({ ...stored, warning: null });
        await browser.alarms.clear(WARNING_ALARM);
        // "I'm still here" is not input the idle API sees: if the computer stays idle, it never
        // says "idle" again. Look again after the idle delay.
        const seconds = idleDetectionSeconds(policy);
        if (event.type === 'still-here' && seconds !== null) await browser.alarms.create(RECHECK_ALARM, { when: now() + seconds * 1000 });
        return;
      }
      case 'lock':
        await endSession(event.type === 'screen-locked' ? 'screen-lock' : 'auto-lock');
        return;
      case 'none':
        // A warning left over for a session that cannot lock any more (it ended meanwhile).
        if (stored.warning && !state.unlocked) await lockStateItem.setValue({ ...stored, warning: null });
    }
  };

  const applyDetectionInterval = async () => {
    const [lockSettings, device] = await Promise.all([lockSettingsItem.getValue(), deviceItem.getValue()]);
    const seconds = idleDetectionSeconds({ autoLockMinutes: lockSettings.autoLockMinutes, mode: policyMode(device.mode) });
    if (seconds !== null) browser.idle.setDetectionInterval(seconds);
    return seconds;
  };

  // ─── Listeners, synchronously (an idle change or an alarm may be what woke the worker). ───
  browser.idle.onStateChanged.addListener((idle) => {
    const at = now();
    if (idle === 'locked') void lockEvent({ type: 'screen-locked', at });
    else if (idle === 'idle') void lockEvent({ type: 'idle', at });
    else void lockEvent({ type: 'active', at });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WARNING_ALARM) void lockEvent({ type: 'warning-elapsed', at: Math.max(now(), alarm.scheduledTime) });
    if (alarm.name === RECHECK_ALARM) {
      void applyDetectionInterval().then(async (seconds) => {
        if (seconds === null) return;
        const idle = await browser.idle.queryState(seconds);
        if (idle === 'idle') await lockEvent({ type: 'idle', at: now() });
        if (idle === 'locked') await lockEvent({ type: 'screen-locked', at: now() });
      });
    }
  });
  browser.runtime.onStartup.addListener(() => void endSession('browser-start'));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    void deviceItem.getValue().then(({ mode }) => {
      // First run (or an update from before the question existed): ask whose computer this is.
      if (mode === null) return browser.tabs.create({ url: browser.runtime.getURL('/options.html#/welcome') });
    });
  });
  lockSettingsItem.watch(() => void applyDetectionInterval());
  deviceItem.watch(() => void applyDetectionInterval());

  // The key must never be readable by a content script: that is the default in Chrome and in
  // Firefox (MDN, storage.session); say it explicitly where the browser has the method (Chrome;
  // firefox-esr 153 has not: probed 2026-11, the call is then skipped).
  void Promise.resolve()
    .then(() => (browser.storage.session as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> }).setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }))
    .catch(() => undefined);
  void applyDetectionInterval();
  // The worker may have been stopped and started again: bring the lock state in line.
  void profile.exclusive(async () => {
    const session = await currentSession();
    const stored = await lockStateItem.getValue();
    const state = session.kind === 'locked' ? 'locked' : 'open';
    if (stored.state !== state) await lockStateItem.setValue({ ...stored, state, warning: state === 'locked' ? null : stored.warning });
  });

  const today = () => civilToday(new Date(now()));

  return {
    endSession,
    stillHere: () => lockEvent({ type: 'still-here', at: now() }),
    privacyState: () => profile.exclusive(() => privacy.readPrivacyState()),
    unlock: (target, passphrase) => change('unlock', () => privacy.unlock(target, passphrase)),
    startGuest: () => change('guest', () => privacy.startGuest()),
    createProfile: (picture, passphrase) => change('profile-created', () => privacy.createProfile(picture, passphrase, today(), cryptoOptions)),
    deleteProfile: (id) => change('profile-deleted', () => privacy.deleteProfile(id)),
    setOwnPassphrase: (passphrase) => change('passphrase', () => privacy.setOwnPassphrase(passphrase, cryptoOptions)),
    removeOwnPassphrase: () => change('passphrase', () => privacy.removeOwnPassphrase()),
    chooseMode: (mode, choice) => change('mode', () => privacy.chooseMode(mode, choice, today(), cryptoOptions)),
    erase: async () => {
      // The language stays: the person reads the end-of-session checklist in it. "Next person"
      // and closing the browser (the checklist's last step) bring back the browser's language.
      const outcome = await change('erase', () => privacy.eraseCurrentPerson());
      await browser.alarms.clear(RECHECK_ALARM);
      return outcome;
    },
    restore: (raw) => change('restore', () => privacy.restoreProfile(raw)),
  };
}

function isEnd(change: SessionChange): boolean {
  return ['auto-lock', 'screen-lock', 'lock', 'next-person', 'browser-start', 'erase'].includes(change);
}

/** The next person starts in the browser's language, not in the previous person's. */
async function resetLanguage(): Promise<void> {
  const settings = await settingsItem.getValue();
  if (settings.language !== null) await settingsItem.setValue({ ...settings, language: null });
}
