/**
 * What a person can do with their data's protection (utils/privacy/session.ts): protected
 * profiles (created from a session's data, one picture each, strong enough passphrase), the own
 * device's passphrase (set, change, remove, without losing anything), erasing a person's data and
 * only theirs, restoring a backup, and never writing anything personal in clear on a shared
 * computer.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routedBackend } from '../../../utils/privacy/router.ts';
import {
  createProfile,
  deleteProfile,
  eraseCurrentPerson,
  readPrivacyState,
  removeOwnPassphrase,
  restoreProfile,
  setOwnPassphrase,
  startGuest,
  unlock,
} from '../../../utils/privacy/session.ts';
import { emptyProfile } from '../../../utils/profile/profile.ts';
import { PICTURE_IDS } from '../../../utils/storage/items.ts';
import { profilesItem } from '../../../utils/storage/private-items.ts';
import { checklistData, FAST, ID_A, storedProfile } from '../../fixtures/privacy-seed.ts';

const A = checklistData('etudiant-renouvellement', ['passport', 'ephoto']);
const B = checklistData('vls-ts', ['vls-ts-details']);
const PERSONAL = /etudiant-renouvellement|ephoto|vls-ts-details/;
const fast = { iterations: FAST };
const TODAY = '2026-11-27';

const local = async () => JSON.stringify(await fakeBrowser.storage.local.get());

describe('protected profiles on a shared computer', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set({ device: { mode: 'shared' } });
  });

  it('a new profile takes what this session held, encrypted; the session copy is gone', async () => {
    await routedBackend.save(A);
    expect(await createProfile('sun', 'soleil du matin', TODAY, fast)).toEqual({ ok: true });
    expect(await routedBackend.load()).toEqual(A);
    expect((await fakeBrowser.storage.session.get()).profile).toBeUndefined();
    expect(await local()).not.toMatch(PERSONAL);
    const [entry] = await profilesItem.getValue();
    expect(entry).toMatchObject({ picture: 'sun', createdOn: TODAY, kdf: { iterations: FAST } });
    expect(entry!.id).toMatch(/^[a-f0-9]{32}$/);
  });

  it('each picture once, at most one profile per picture, passphrases of 8 characters or more', async () => {
    expect(await createProfile('sun', 'court', TODAY, fast)).toEqual({ ok: false, error: 'weak-passphrase' });
    expect(await createProfile('sun', '        a', TODAY, fast)).toEqual({ ok: false, error: 'weak-passphrase' });
    expect(await createProfile('sun', 'soleil du matin', TODAY, fast)).toEqual({ ok: true });
    expect(await createProfile('sun', 'un autre soleil', TODAY, fast)).toEqual({ ok: false, error: 'picture-taken' });
    expect(await createProfile('nope' as never, 'un autre soleil', TODAY, fast)).toEqual({ ok: false, error: 'unknown-profile' });
  });

  it('holds at most twelve profiles: one per picture', async () => {
    const profiles = await Promise.all(PICTURE_IDS.map(async (picture, index) => (await storedProfile(String(index).padStart(32, 'c'), picture, 'phrase de test', B)).entry));
    await profilesItem.setValue(profiles.slice(0, -1));
    expect(await createProfile(PICTURE_IDS.at(-1)!, 'phrase de test', TODAY, fast)).toEqual({ ok: true });
    await startGuest();
    expect(await createProfile('sun', 'phrase de test', TODAY, fast)).toEqual({ ok: false, error: 'picture-taken' });
  });

  it('opening a profile ends a session without a profile; a wrong passphrase opens nothing', async () => {
    const { entry } = await storedProfile(ID_A, 'cat', 'chat noir du soir', A);
    await profilesItem.setValue([entry]);
    expect(await routedBackend.load()).toBeNull();
    await startGuest();
    await routedBackend.save(B);
    expect(await unlock({ kind: 'profile', id: ID_A }, 'chat blanc du soir')).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await routedBackend.load()).toEqual(B);
    expect(await unlock({ kind: 'profile', id: ID_A }, 'chat noir du soir')).toEqual({ ok: true });
    expect(await routedBackend.load()).toEqual(A);
    expect((await fakeBrowser.storage.session.get()).profile).toBeUndefined();
    expect(await unlock({ kind: 'profile', id: 'f'.repeat(32) }, 'chat noir du soir')).toEqual({ ok: false, error: 'unknown-profile' });
  });

  it('deleting the open profile locks; erasing removes only this person\'s profile', async () => {
    await createProfile('sun', 'soleil du matin', TODAY, fast);
    await routedBackend.save(A);
    await startGuest();
    await createProfile('tree', 'arbre de la cour', TODAY, fast);
    await routedBackend.save(B);
    expect(await eraseCurrentPerson()).toEqual({ ok: true });
    expect((await profilesItem.getValue()).map((profile) => profile.picture)).toEqual(['sun']);
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(await routedBackend.load()).toBeNull();

    const [sun] = await profilesItem.getValue();
    expect(await unlock({ kind: 'profile', id: sun!.id }, 'soleil du matin')).toEqual({ ok: true });
    expect(await deleteProfile(sun!.id)).toEqual({ ok: true });
    expect(await profilesItem.getValue()).toEqual([]);
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });

  it('tells the pages only pictures, dates and kinds', async () => {
    await createProfile('boat', 'bateau sur la mer', TODAY, fast);
    await routedBackend.save(A);
    const state = await readPrivacyState();
    expect(state).toMatchObject({ mode: 'shared', session: 'profile', ownPassphrase: false, guestData: false, earlierData: false });
    expect(state.profiles).toEqual([{ id: state.activeProfile, picture: 'boat', createdOn: TODAY }]);
    expect(JSON.stringify(state)).not.toMatch(PERSONAL);
    expect(JSON.stringify(state)).not.toMatch(/key|salt|blob/);
  });
});

describe('the own device\'s passphrase', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set({ device: { mode: 'own' }, profile: A });
  });

  it('encrypts the data without loss and removes the clear copy', async () => {
    expect(await setOwnPassphrase('ma phrase secrète', fast)).toEqual({ ok: true });
    expect(await routedBackend.load()).toEqual(A);
    expect(await local()).not.toMatch(PERSONAL);
    // Locked once the session is gone; the passphrase opens it again.
    await fakeBrowser.storage.session.clear();
    expect(await routedBackend.load()).toBeNull();
    expect(await setOwnPassphrase('une autre phrase', fast)).toEqual({ ok: false, error: 'locked' });
    expect(await unlock({ kind: 'own' }, 'mauvaise phrase')).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await unlock({ kind: 'own' }, 'ma phrase secrète')).toEqual({ ok: true });
    expect(await routedBackend.load()).toEqual(A);
  });

  it('can be changed, then removed, still without loss', async () => {
    await setOwnPassphrase('ma phrase secrète', fast);
    await routedBackend.save(B);
    expect(await setOwnPassphrase('une nouvelle phrase', fast)).toEqual({ ok: true });
    await fakeBrowser.storage.session.clear();
    expect(await unlock({ kind: 'own' }, 'ma phrase secrète')).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await unlock({ kind: 'own' }, 'une nouvelle phrase')).toEqual({ ok: true });
    expect(await removeOwnPassphrase()).toEqual({ ok: true });
    expect((await fakeBrowser.storage.local.get('profile')).profile).toEqual(B);
    expect((await fakeBrowser.storage.local.get('ownVault')).ownVault).toBeUndefined();
    expect(await routedBackend.load()).toEqual(B);
  });

  it('erasing everything on a locked device is the way out of a forgotten passphrase', async () => {
    await setOwnPassphrase('ma phrase secrète', fast);
    await fakeBrowser.storage.session.clear();
    expect(await eraseCurrentPerson()).toEqual({ ok: true });
    expect(await routedBackend.load()).toBeUndefined();
    expect(await local()).not.toMatch(/etudiant|ephoto|"blob"/);
  });

  it('only on the own device, and never shorter than 8 characters', async () => {
    expect(await setOwnPassphrase('court', fast)).toEqual({ ok: false, error: 'weak-passphrase' });
    await fakeBrowser.storage.local.set({ device: { mode: 'shared' } });
    expect(await setOwnPassphrase('ma phrase secrète', fast)).toEqual({ ok: false, error: 'not-own' });
    expect(await removeOwnPassphrase()).toEqual({ ok: false, error: 'no-passphrase' });
  });
});

describe('restoring a backup', () => {
  it('puts the whole profile where this session keeps its data, never when locked', async () => {
    await fakeBrowser.storage.local.set({ device: { mode: 'shared' } });
    expect(await restoreProfile(A)).toEqual({ ok: true });
    expect(await routedBackend.load()).toEqual(A);
    const { entry } = await storedProfile(ID_A, 'cat', 'chat noir du soir', B);
    await profilesItem.setValue([entry]);
    await fakeBrowser.storage.session.clear();
    expect(await restoreProfile(A)).toEqual({ ok: false, error: 'locked' });
    await expect(restoreProfile({ checklist: 'garbage' })).rejects.toThrow();
    expect(await restoreProfile(emptyProfile())).toEqual({ ok: false, error: 'locked' });
  });
});
