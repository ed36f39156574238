/**
 * Data stored by the earlier versions (the frozen plain profile of tests/fixtures/storage/
 * profile.v1.json, kept in clear in local storage) is carried into this model without loss: it
 * stays on the own device, is encrypted when the person sets a passphrase, and when the computer
 * is declared shared it is either moved into a protected profile or deleted — never kept in clear.
 * The frozen encrypted fixtures (profiles.v1.json, ownVault.v1.json, made with 600 000 iterations)
 * still open with their passphrases.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routedBackend } from '../../../utils/privacy/router.ts';
import { chooseMode, readPrivacyState, setOwnPassphrase, unlock } from '../../../utils/privacy/session.ts';
import { profilesItem } from '../../../utils/storage/private-items.ts';
import { checklistData, checklistOnly, fullProfile, FAST } from '../../fixtures/privacy-seed.ts';

const frozen = (name: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/storage', name), 'utf8')) as Record<string, unknown>;

const V1 = frozen('profile.v1.json');
const V1_DATA = V1.profile;
const PERSONAL = /etudiant-renouvellement|address-proof|ephoto|vls-ts-details/;
const fast = { iterations: FAST };
const TODAY = '2026-11-27';
const local = async () => JSON.stringify(await fakeBrowser.storage.local.get());

describe('migration of the earlier plain profile', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set(V1);
  });

  it('is kept, unseen and untouched, until the first-run question is answered', async () => {
    expect(await routedBackend.load()).toBeUndefined();
    expect((await readPrivacyState()).earlierData).toBe(true);
    expect((await fakeBrowser.storage.local.get('profile')).profile).toEqual(V1_DATA);
  });

  it('own device: read as it was, nothing lost', async () => {
    expect(await chooseMode('own', undefined, TODAY, fast)).toEqual({ ok: true });
    expect(await routedBackend.load()).toEqual(V1_DATA);
  });

  it('own device: what a session held before the answer joins it, section by section', async () => {
    const guest = checklistData('vls-ts', ['vls-ts-details']);
    await routedBackend.save(guest);
    expect(await chooseMode('own', undefined, TODAY, fast)).toEqual({ ok: true });
    expect(await routedBackend.load()).toEqual(guest);
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });

  it('shared computer: nothing changes until the person chooses to protect or delete it', async () => {
    expect(await chooseMode('shared', undefined, TODAY, fast)).toEqual({ ok: false, error: 'choice-needed' });
    expect(await fakeBrowser.storage.local.get('device')).toEqual({});
    expect((await fakeBrowser.storage.local.get('profile')).profile).toEqual(V1_DATA);
  });

  it('shared computer, protect: moved into a protected profile, nothing left in clear', async () => {
    expect(await chooseMode('shared', { action: 'protect', picture: 'house', passphrase: 'maison bleue' }, TODAY, fast)).toEqual({ ok: true });
    expect(await local()).not.toMatch(PERSONAL);
    expect(await routedBackend.load()).toEqual(fullProfile(V1_DATA));
    await fakeBrowser.storage.session.clear();
    expect(await routedBackend.load()).toBeNull();
    const [entry] = await profilesItem.getValue();
    expect(await unlock({ kind: 'profile', id: entry!.id }, 'maison bleue')).toEqual({ ok: true });
    expect(await routedBackend.load()).toEqual(fullProfile(V1_DATA));
  });

  it('shared computer, protect: a passphrase too short changes nothing', async () => {
    expect(await chooseMode('shared', { action: 'protect', picture: 'house', passphrase: 'bleu' }, TODAY, fast)).toEqual({ ok: false, error: 'weak-passphrase' });
    expect((await fakeBrowser.storage.local.get('profile')).profile).toEqual(V1_DATA);
    expect(await profilesItem.getValue()).toEqual([]);
  });

  it('shared computer, delete: gone', async () => {
    expect(await chooseMode('shared', { action: 'delete' }, TODAY, fast)).toEqual({ ok: true });
    expect(await local()).not.toMatch(PERSONAL);
    expect(await routedBackend.load()).toBeUndefined();
  });

  it('own device with a passphrase, then declared shared: the vault becomes a profile with the same passphrase', async () => {
    await chooseMode('own', undefined, TODAY, fast);
    await setOwnPassphrase('ma phrase secrète', fast);
    expect(await chooseMode('shared', { action: 'protect', picture: 'moon', passphrase: '' }, TODAY, fast)).toEqual({ ok: true });
    await fakeBrowser.storage.session.clear();
    const [entry] = await profilesItem.getValue();
    expect(entry!.picture).toBe('moon');
    expect(await unlock({ kind: 'profile', id: entry!.id }, 'ma phrase secrète')).toEqual({ ok: true });
    expect(await routedBackend.load()).toEqual(V1_DATA);
    expect(await local()).not.toMatch(PERSONAL);
  });

  it('back to the own device from an open profile: the profile becomes the own vault', async () => {
    await chooseMode('shared', { action: 'protect', picture: 'house', passphrase: 'maison bleue' }, TODAY, fast);
    expect(await chooseMode('own', undefined, TODAY, fast)).toEqual({ ok: true });
    expect(await profilesItem.getValue()).toEqual([]);
    expect(await routedBackend.load()).toEqual(fullProfile(V1_DATA));
    await fakeBrowser.storage.session.clear();
    expect(await routedBackend.load()).toBeNull();
    expect(await unlock({ kind: 'own' }, 'maison bleue')).toEqual({ ok: true });
    expect(await routedBackend.load()).toEqual(fullProfile(V1_DATA));
  });
});

describe('frozen encrypted fixtures (version 1)', () => {
  it('the two protected profiles open with their passphrases, and only with them', async () => {
    await fakeBrowser.storage.local.set({ device: { mode: 'shared' }, ...frozen('profiles.v1.json') });
    const [sun, tree] = await profilesItem.getValue();
    expect([sun?.picture, tree?.picture]).toEqual(['sun', 'tree']);
    expect(await unlock({ kind: 'profile', id: sun!.id }, 'arbre de la cour')).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await unlock({ kind: 'profile', id: sun!.id }, 'soleil du matin')).toEqual({ ok: true });
    expect(await routedBackend.load()).toEqual(checklistOnly('etudiant-renouvellement', ['passport', 'ephoto']));
    expect(await chooseMode('own', undefined, TODAY, fast)).toEqual({ ok: false, error: 'profiles-remain' });
  });

  it('the own vault opens with its passphrase', async () => {
    await fakeBrowser.storage.local.set({ device: { mode: 'own' }, ...frozen('ownVault.v1.json') });
    expect(await routedBackend.load()).toBeNull();
    expect(await unlock({ kind: 'own' }, 'ma phrase secrète')).toEqual({ ok: true });
    expect(await routedBackend.load()).toEqual(checklistOnly('etudiant-renouvellement', ['passport', 'ephoto']));
  });
});
