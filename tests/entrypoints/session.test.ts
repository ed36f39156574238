/**
 * The background's session with WXT's fake browser (and a stand-in for the idle API, which the
 * fake browser lacks: tests/fake-idle.ts): the screen locking locks at once; a browser restart
 * leaves Repère locked; "next person" empties the session; idle → 30-second warning → lock, unless
 * "I'm still here"; a session without a profile ends (erased) on timeout; the first run asks whose
 * computer this is; passphrases and the profile list are for Repère's pages only.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index.ts';
import { registerMessageHandlers } from '../../entrypoints/background/messages.ts';
import { createBackgroundProfileService } from '../../entrypoints/background/profile.ts';
import { RECHECK_ALARM, registerSession, WARNING_ALARM, type SessionChange } from '../../entrypoints/background/session.ts';
import { messenger } from '../../utils/messaging/protocol.ts';
import { lockSettingsItem, lockStateItem, profileRevisionItem, settingsItem } from '../../utils/storage/items.ts';
import { fakeIdle } from '../fake-idle.ts';
import { checklistData, FAST, ID_A, sealed, storedProfile } from '../fixtures/privacy-seed.ts';
import { CONTENT, deliver, PAGE } from './deliver.ts';

const DATA_A = checklistData('etudiant-renouvellement', ['passport', 'ephoto']);
const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);

let clock = T0;
const changes: SessionChange[] = [];

/** The background as main() wires it, but with a test clock, few PBKDF2 iterations and a hook. */
function start() {
  const profile = createBackgroundProfileService();
  const session = registerSession(profile, { now: () => clock, crypto: { iterations: FAST }, afterChange: (change) => void changes.push(change) });
  registerMessageHandlers(profile, session);
  return session;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function profileStatus() {
  return ((await deliver('getProfile', undefined, PAGE)).res as { status: string; profile?: unknown });
}

async function sharedWithOpenProfile() {
  const { entry } = await storedProfile(ID_A, 'sun', 'soleil du matin', DATA_A);
  await fakeBrowser.storage.local.set({ device: { mode: 'shared' }, profiles: [entry] });
  expect((await deliver('unlock', { target: { kind: 'profile', id: ID_A }, passphrase: 'soleil du matin' }, PAGE)).res).toEqual({ ok: true });
  expect(await profileStatus()).toMatchObject({ status: 'ready', profile: DATA_A });
}

/** Fires an alarm as the browser would. */
const ring = (name: string, scheduledTime: number) => fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime, persistAcrossSessions: false });

async function alarm(name: string) {
  return (await fakeBrowser.alarms.getAll()).find((entry) => entry.name === name);
}

describe('background session', () => {
  beforeEach(() => {
    messenger.removeAllListeners();
    clock = T0;
    changes.length = 0;
  });

  it('is wired by main(): the screen locking locks an open profile at once', async () => {
    background.main();
    await sharedWithOpenProfile();
    const revision = await profileRevisionItem.getValue();
    await fakeIdle.trigger('locked');
    await vi.waitFor(async () => expect((await lockStateItem.getValue()).state).toBe('locked'));
    expect(await profileStatus()).toEqual({ status: 'locked' });
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(await profileRevisionItem.getValue()).toBeGreaterThan(revision);
  });

  it('a browser restart leaves Repère locked (the key was only in session storage)', async () => {
    start();
    const { vault } = await sealed('ma phrase secrète', DATA_A);
    await fakeBrowser.storage.local.set({ device: { mode: 'own' }, ownVault: vault });
    await deliver('unlock', { target: { kind: 'own' }, passphrase: 'ma phrase secrète' }, PAGE);
    expect(await profileStatus()).toMatchObject({ status: 'ready' });
    await lockStateItem.setValue({ state: 'open', warning: { endsAt: T0, erase: false } });

    // The browser closes: session storage is gone; it starts again.
    await fakeBrowser.storage.session.clear();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(changes).toContain('browser-start'));
    expect(await lockStateItem.getValue()).toEqual({ state: 'locked', warning: null });
    expect(await profileStatus()).toEqual({ status: 'locked' });
  });

  it('"next person" from the panel empties the session and goes back to the browser\'s language', async () => {
    start();
    await fakeBrowser.storage.local.set({ device: { mode: 'shared' } });
    await settingsItem.setValue({ language: 'ar', dockSide: 'auto', panelOpen: true });
    const before = (await deliver('updateProfileSection', { section: 'checklist', value: DATA_A.checklist }, CONTENT)).res as { session: string };
    expect(Object.keys(await fakeBrowser.storage.session.get())).toContain('profile');

    expect((await deliver('nextPerson', undefined, CONTENT)).err).toBeUndefined();
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect((await settingsItem.getValue()).language).toBeNull();
    const after = await profileStatus();
    expect(after).toMatchObject({ status: 'ready', profile: { checklist: { chosen: null, ticked: {} } } });
    expect(changes).toEqual(['next-person']);

    // A tick the previous person made just before, arriving late, does not land in the new session.
    const late = (await deliver('updateProfileSection', { section: 'checklist', value: DATA_A.checklist, session: before.session }, CONTENT)).res;
    expect(late).toMatchObject({ status: 'ready', profile: { checklist: { chosen: null } } });
    expect((await fakeBrowser.storage.session.get()).profile).toBeUndefined();
    expect((after as unknown as { session: string }).session).not.toBe(before.session);
    // Nothing of the person was ever written to local storage.
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('ephoto');
  });

  it('idle → 30-second warning → lock; the alarm ends the session (the language stays for the person\'s return)', async () => {
    start();
    await sharedWithOpenProfile();
    await settingsItem.setValue({ language: 'ar', dockSide: 'auto', panelOpen: true });
    await fakeIdle.trigger('idle');
    await vi.waitFor(async () => expect((await lockStateItem.getValue()).warning).toEqual({ endsAt: T0 + 30_000, erase: false }));
    expect((await alarm(WARNING_ALARM))?.scheduledTime).toBe(T0 + 30_000);

    clock = T0 + 30_000;
    await ring(WARNING_ALARM, T0 + 30_000);
    await vi.waitFor(async () => expect(await lockStateItem.getValue()).toEqual({ state: 'locked', warning: null }));
    expect(changes).toEqual(['unlock', 'auto-lock']);
    expect(await profileStatus()).toEqual({ status: 'locked' });
    expect((await settingsItem.getValue()).language).toBe('ar');
  });

  it('"I\'m still here" cancels the warning, and the idle state is looked at again after the delay', async () => {
    start();
    await sharedWithOpenProfile();
    await lockSettingsItem.setValue({ autoLockMinutes: 1 });
    await fakeIdle.trigger('idle');
    await vi.waitFor(async () => expect((await lockStateItem.getValue()).warning).not.toBeNull());

    await deliver('stillHere', undefined, CONTENT);
    expect(await lockStateItem.getValue()).toEqual({ state: 'open', warning: null });
    expect(await alarm(WARNING_ALARM)).toBeUndefined();
    // 1 minute = 30 s without input, then the 30 s warning.
    expect((await alarm(RECHECK_ALARM))?.scheduledTime).toBe(T0 + 30_000);

    // Still nobody at the keyboard when the re-check comes: the warning starts again.
    fakeIdle.state = 'idle';
    clock = T0 + 30_000;
    await ring(RECHECK_ALARM, clock);
    await vi.waitFor(async () => expect((await lockStateItem.getValue()).warning?.endsAt).toBe(T0 + 60_000));
    // A late alarm of the first warning does nothing: it was cancelled.
    expect(changes).toEqual(['unlock']);
  });

  it('input before the end of the warning cancels it', async () => {
    start();
    await sharedWithOpenProfile();
    await fakeIdle.trigger('idle');
    await fakeIdle.trigger('active');
    await vi.waitFor(async () => expect((await lockStateItem.getValue()).warning).toBeNull());
    clock = T0 + 31_000;
    await ring(WARNING_ALARM, T0 + 30_000);
    await flush();
    expect(await profileStatus()).toMatchObject({ status: 'ready' });
  });

  it('without a profile, the timeout ends the session: the warning says so, then the data is erased', async () => {
    start();
    await fakeBrowser.storage.local.set({ device: { mode: 'shared' } });
    await settingsItem.setValue({ language: 'ar', dockSide: 'auto', panelOpen: true });
    await deliver('updateProfileSection', { section: 'checklist', value: DATA_A.checklist }, CONTENT);
    await fakeIdle.trigger('idle');
    await vi.waitFor(async () => expect((await lockStateItem.getValue()).warning).toEqual({ endsAt: T0 + 30_000, erase: true }));
    clock = T0 + 30_000;
    await ring(WARNING_ALARM, clock);
    await vi.waitFor(() => expect(changes).toContain('auto-lock'));
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    // Nothing to unlock: the next person simply starts afresh.
    expect(await lockStateItem.getValue()).toEqual({ state: 'open', warning: null });
    expect(await profileStatus()).toMatchObject({ status: 'ready', profile: { checklist: { chosen: null } } });
    expect((await settingsItem.getValue()).language).toBeNull();
  });

  it('an empty session without a profile has nothing to lock: no warning', async () => {
    start();
    await fakeBrowser.storage.local.set({ device: { mode: 'shared' } });
    await fakeIdle.trigger('idle');
    await flush();
    expect((await lockStateItem.getValue()).warning).toBeNull();
  });

  it('on the own device without a passphrase there is nothing to lock', async () => {
    start();
    await fakeBrowser.storage.local.set({ device: { mode: 'own' }, profile: DATA_A });
    await fakeIdle.trigger('locked');
    await flush();
    await flush();
    expect(await profileStatus()).toMatchObject({ status: 'ready', profile: DATA_A });
  });

  it('sets the idle detection from the auto-lock delay (minus the 30-second warning)', async () => {
    start();
    await vi.waitFor(() => expect(fakeIdle.detectionSeconds).toBe(270));
    await lockSettingsItem.setValue({ autoLockMinutes: 1 });
    await vi.waitFor(() => expect(fakeIdle.detectionSeconds).toBe(30));
    await lockSettingsItem.setValue({ autoLockMinutes: 30 });
    await vi.waitFor(() => expect(fakeIdle.detectionSeconds).toBe(1770));
  });

  it('asks whose computer this is on the first run, in a dashboard tab', async () => {
    start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((tab) => tab.url)).toContain(`chrome-extension://${fakeBrowser.runtime.id}/options.html#/welcome`);
    });
  });

  it('does not ask again once answered', async () => {
    start();
    await fakeBrowser.storage.local.set({ device: { mode: 'own' } });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await flush();
    expect((await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.includes('welcome'))).toEqual([]);
  });

  it('gives passphrases, profiles and erasing to Repère\'s pages only, never to the panel', async () => {
    start();
    for (const [type, data] of [
      ['getPrivacyState', undefined],
      ['unlock', { target: { kind: 'own' }, passphrase: 'x' }],
      ['createProfile', { picture: 'sun', passphrase: 'long enough phrase' }],
      ['eraseCurrentPerson', undefined],
      ['restoreProfile', { profile: {} }],
      ['chooseDeviceMode', { mode: 'own' }],
    ] as const) {
      expect((await deliver(type, data, CONTENT)).err?.message, type).toBe('refused');
    }
    expect((await deliver('getPrivacyState', undefined, PAGE)).res).toMatchObject({ mode: null, session: 'guest', profiles: [] });
  });

  it('a wrong passphrase opens nothing', async () => {
    start();
    const { entry } = await storedProfile(ID_A, 'sun', 'soleil du matin', DATA_A);
    await fakeBrowser.storage.local.set({ device: { mode: 'shared' }, profiles: [entry] });
    expect(await profileStatus()).toEqual({ status: 'locked' });
    expect((await deliver('unlock', { target: { kind: 'profile', id: ID_A }, passphrase: 'soleil du soir' }, PAGE)).res)
      .toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await profileStatus()).toEqual({ status: 'locked' });
    expect(changes).toEqual([]);
  });
});
