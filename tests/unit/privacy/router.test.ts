/**
 * The routed backend: where the person's data goes for each device mode and session — in clear on
 * the own device only, encrypted with a passphrase, in session storage only on a shared computer —
 * and "locked" (null) whenever a key is needed and missing. Raw local storage is scanned for the
 * person's values in every protected case.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routedBackend } from '../../../utils/privacy/router.ts';
import { resolveSession } from '../../../utils/privacy/session-model.ts';
import { emptyProfile } from '../../../utils/profile/profile.ts';
import { readRecovered } from '../../../utils/storage/recovered.ts';
import { checklistData, ID_A, ID_B, sealed, storedProfile } from '../../fixtures/privacy-seed.ts';

const A = checklistData('etudiant-renouvellement', ['passport', 'ephoto']);
const B = checklistData('vls-ts', ['vls-ts-details']);
const PERSONAL = /etudiant-renouvellement|ephoto|vls-ts-details/;

const local = async () => JSON.stringify(await fakeBrowser.storage.local.get());
const session = async () => fakeBrowser.storage.session.get();

describe('resolveSession', () => {
  const none = { hasOwnVault: false, profileIds: [], unlock: null };
  it('own device: plain without a passphrase, locked with one until unlocked', () => {
    expect(resolveSession({ ...none, mode: 'own' })).toEqual({ kind: 'plain' });
    expect(resolveSession({ ...none, mode: 'own', hasOwnVault: true })).toEqual({ kind: 'locked', need: 'own-passphrase' });
    expect(resolveSession({ ...none, mode: 'own', hasOwnVault: true, unlock: { kind: 'own', key: 'k' } })).toEqual({ kind: 'own-vault', key: 'k' });
    // A shared-computer session left over does not open the own device's data.
    expect(resolveSession({ ...none, mode: 'own', hasOwnVault: true, unlock: { kind: 'guest' } }).kind).toBe('locked');
  });

  it('shared computer, or the question not answered yet: a guest session unless profiles exist', () => {
    for (const mode of ['shared', null] as const) {
      expect(resolveSession({ ...none, mode })).toEqual({ kind: 'guest' });
      expect(resolveSession({ ...none, mode, profileIds: [ID_A] })).toEqual({ kind: 'locked', need: 'profile' });
      expect(resolveSession({ ...none, mode, profileIds: [ID_A], unlock: { kind: 'guest' } })).toEqual({ kind: 'guest' });
      expect(resolveSession({ ...none, mode, profileIds: [ID_A], unlock: { kind: 'profile', id: ID_A, key: 'k' } }))
        .toEqual({ kind: 'profile', id: ID_A, key: 'k' });
      // A deleted profile's key opens nothing.
      expect(resolveSession({ ...none, mode, profileIds: [ID_B], unlock: { kind: 'profile', id: ID_A, key: 'k' } }).kind).toBe('locked');
    }
  });
});

describe('routed backend', () => {
  it('own device without a passphrase: the data is in local storage', async () => {
    await fakeBrowser.storage.local.set({ device: { mode: 'own' } });
    expect(await routedBackend.load()).toBeUndefined();
    await routedBackend.save(A);
    expect((await fakeBrowser.storage.local.get('profile')).profile).toEqual(A);
    expect(await routedBackend.load()).toEqual(A);
  });

  for (const mode of ['shared', null] as const) {
    it(`${mode === null ? 'question not answered' : 'shared computer'}: session storage only, nothing on disk`, async () => {
      await fakeBrowser.storage.local.set({ device: { mode } });
      await routedBackend.save(A);
      expect((await session()).profile).toEqual(A);
      expect(await routedBackend.load()).toEqual(A);
      expect(await local()).not.toMatch(PERSONAL);
    });
  }

  it('leaves data from before the question untouched and unseen until the person says it is their device', async () => {
    await fakeBrowser.storage.local.set({ profile: A });
    expect(await routedBackend.load()).toBeUndefined();
    await routedBackend.save(B);
    expect((await fakeBrowser.storage.local.get('profile')).profile).toEqual(A);
    await fakeBrowser.storage.local.set({ device: { mode: 'own' } });
    expect(await routedBackend.load()).toEqual(A);
  });

  it('protected profiles: locked until one is opened; then encrypted at rest', async () => {
    const a = await storedProfile(ID_A, 'sun', 'soleil du matin', A);
    const b = await storedProfile(ID_B, 'tree', 'arbre de la cour', B);
    await fakeBrowser.storage.local.set({ device: { mode: 'shared' }, profiles: [a.entry, b.entry] });
    expect(await routedBackend.load()).toBeNull();
    await expect(routedBackend.save(emptyProfile())).rejects.toThrow('locked');

    await fakeBrowser.storage.session.set({ unlock: { kind: 'profile', id: ID_B, key: b.key } });
    expect(await routedBackend.load()).toEqual(B);
    const changed = checklistData('vls-ts', ['vls-ts-details', 'vls-ts-online']);
    await routedBackend.save(changed);
    expect(await routedBackend.load()).toEqual(changed);
    expect(await local()).not.toMatch(/vls-ts-online/);
    expect(await local()).not.toMatch(PERSONAL);
    // A's profile is untouched, and B's key does not open it.
    await fakeBrowser.storage.session.set({ unlock: { kind: 'profile', id: ID_A, key: b.key } });
    expect(await routedBackend.load()).toBeNull();
  });

  it('own device with a passphrase: locked without the key, encrypted with it', async () => {
    const { vault, key } = await sealed('ma phrase secrète', A);
    await fakeBrowser.storage.local.set({ device: { mode: 'own' }, ownVault: vault });
    expect(await routedBackend.load()).toBeNull();
    await fakeBrowser.storage.session.set({ unlock: { kind: 'own', key } });
    expect(await routedBackend.load()).toEqual(A);
    await routedBackend.save(B);
    expect(await routedBackend.load()).toEqual(B);
    expect(await local()).not.toMatch(PERSONAL);
  });

  it('keeps an unreadable section aside in clear only on the own device without a passphrase', async () => {
    await fakeBrowser.storage.local.set({ device: { mode: 'own' } });
    await routedBackend.keepAside('checklist', { secret: 'ephoto' });
    expect((await readRecovered('local')).map((entry) => entry.key)).toEqual(['local:profile.checklist']);

    await fakeBrowser.storage.local.set({ device: { mode: 'shared' } });
    await routedBackend.keepAside('checklist', { secret: 'vls-ts-details' });
    expect((await readRecovered('session')).map((entry) => entry.key)).toEqual(['session:profile.checklist']);
    expect(await local()).not.toContain('vls-ts-details');
  });
});
