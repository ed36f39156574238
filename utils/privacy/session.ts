/**
 * What a person can do with their data's protection, as the background performs it: open their
 * protected profile or the own device's vault with their passphrase, continue without a profile,
 * create or delete a protected profile, set or remove the own device's passphrase, say whose
 * computer this is (moving the data that is already there), erase their data, put back data from
 * a backup, and end the session.
 *
 * Every function here must run inside the profile service's `exclusive` (the background does it,
 * entrypoints/background/session.ts), so that no read or update of the person's data straddles a
 * change of who is in the session. Keys never leave the background: pages send a passphrase and
 * get only "done" or an error code.
 */
import { storage } from '#imports';
import { deriveKey, encryptJson, exportKey, importKey, newKeyParams, PBKDF2_ITERATIONS } from '../crypto/vault.ts';
import { emptyProfile, readProfile, SECTION_NAMES, type ProfileData } from '../profile/profile.ts';
import { deviceItem, PICTURE_IDS, PROFILE_KEY, type PictureId } from '../storage/items.ts';
import {
  ownVaultItem,
  profilesItem,
  SESSION_PROFILE_KEY,
  unlockItem,
  type StoredProfile,
} from '../storage/private-items.ts';
import { readRecovered, recoveredKey } from '../storage/recovered.ts';
import { strongEnough } from './passphrase.ts';
import { currentSession, hasGuestData, openWithKey, randomHex, readSessionFacts, routedBackend } from './router.ts';
import type { SessionKind } from './session-model.ts';

export type PrivacyError =
  | 'wrong-passphrase'
  | 'weak-passphrase'
  | 'unknown-profile'
  | 'picture-taken'
  | 'too-many-profiles'
  | 'locked'
  | 'no-passphrase'
  | 'not-shared'
  | 'not-own'
  | 'profiles-remain'
  | 'choice-needed';

export type Outcome = { ok: true } | { ok: false; error: PrivacyError };

const done: Outcome = { ok: true };
const fail = (error: PrivacyError): Outcome => ({ ok: false, error });

/** Key derivation cost; tests pass fewer iterations where the count is not what they test. */
export interface CryptoOptions {
  iterations?: number;
}

/** What Repère's pages are told about the protection of the data (nothing personal). */
export interface PrivacyState {
  mode: 'own' | 'shared' | null;
  session: SessionKind;
  /** The own device has a passphrase. */
  ownPassphrase: boolean;
  /** Protected profiles on this computer: pictures and creation days only. */
  profiles: { id: string; picture: PictureId; createdOn: string }[];
  /** The profile open in this session. */
  activeProfile: string | null;
  /** A session without a profile holds data (erased when it ends). */
  guestData: boolean;
  /** Data in clear on this computer, left from before the first-run question was answered. */
  earlierData: boolean;
}

export async function readPrivacyState(): Promise<PrivacyState> {
  const [facts, profiles, session, guestData, earlier] = await Promise.all([
    readSessionFacts(),
    profilesItem.getValue(),
    currentSession(),
    hasGuestData(),
    storage.getItem<unknown>(PROFILE_KEY),
  ]);
  return {
    mode: facts.mode,
    session: session.kind,
    ownPassphrase: facts.hasOwnVault,
    profiles: profiles.map(({ id, picture, createdOn }) => ({ id, picture, createdOn })),
    activeProfile: session.kind === 'profile' ? session.id : null,
    guestData,
    earlierData: facts.mode !== 'own' && hasData(earlier),
  };
}

function hasData(raw: unknown): boolean {
  if (raw === null || raw === undefined) return false;
  const { profile } = readProfile(raw);
  const empty = emptyProfile();
  return SECTION_NAMES.some((name) => JSON.stringify(profile[name]) !== JSON.stringify(empty[name]));
}

const randomId = () => randomHex(16);

/** A fresh key and encrypted copy of `value` under a passphrase. */
async function seal(passphrase: string, value: unknown, options: CryptoOptions) {
  const kdf = newKeyParams(options.iterations ?? PBKDF2_ITERATIONS);
  const key = await deriveKey(passphrase, kdf);
  return { kdf, blob: await encryptJson(key, value), key: await exportKey(key) };
}

/** The key of a passphrase if it opens `blob`. */
async function keyThatOpens(passphrase: string, kdf: StoredProfile['kdf'], blob: unknown): Promise<string | undefined> {
  let raw: string;
  try {
    raw = await exportKey(await deriveKey(passphrase, kdf));
  } catch {
    return undefined;
  }
  return (await openWithKey(raw, blob)) === undefined ? undefined : raw;
}

/** Empties session storage: the unlocked key, a guest's data, anything kept aside there. */
export async function wipeSession(): Promise<void> {
  await storage.clear('session');
}

/** Opens the own device's vault, or a protected profile, with its passphrase. */
export async function unlock(target: { kind: 'own' } | { kind: 'profile'; id: string }, passphrase: string): Promise<Outcome> {
  if (target.kind === 'own') {
    const vault = await ownVaultItem.getValue();
    if (!vault) return fail('no-passphrase');
    const key = await keyThatOpens(passphrase, vault.kdf, vault.blob);
    if (!key) return fail('wrong-passphrase');
    await wipeSession();
    await unlockItem.setValue({ kind: 'own', key });
    return done;
  }
  const entry = (await profilesItem.getValue()).find((profile) => profile.id === target.id);
  if (!entry) return fail('unknown-profile');
  const key = await keyThatOpens(passphrase, entry.kdf, entry.blob);
  if (!key) return fail('wrong-passphrase');
  // What a session without a profile held is not this person's profile: it ends here.
  await wipeSession();
  await unlockItem.setValue({ kind: 'profile', id: entry.id, key });
  return done;
}

/** On a shared computer: continue without a profile (a fresh session, nothing kept). */
export async function startGuest(): Promise<Outcome> {
  const { mode } = await deviceItem.getValue();
  if (mode === 'own') return fail('not-shared');
  await wipeSession();
  await unlockItem.setValue({ kind: 'guest' });
  return done;
}

/**
 * On a shared computer: a protected profile for a person who will come back. What they entered
 * in this session without a profile goes into it; it is then open.
 */
export async function createProfile(picture: PictureId, passphrase: string, today: string, options: CryptoOptions = {}): Promise<Outcome> {
  const { mode } = await deviceItem.getValue();
  if (mode !== 'shared') return fail('not-shared');
  if (!strongEnough(passphrase)) return fail('weak-passphrase');
  if (!PICTURE_IDS.includes(picture)) return fail('unknown-profile');
  const profiles = await profilesItem.getValue();
  if (profiles.some((profile) => profile.picture === picture)) return fail('picture-taken');
  if (profiles.length >= PICTURE_IDS.length) return fail('too-many-profiles');
  const session = await currentSession();
  const data = session.kind === 'guest' ? readProfile(await storage.getItem<unknown>(SESSION_PROFILE_KEY)).profile : emptyProfile();
  const sealed = await seal(passphrase, data, options);
  const id = randomId();
  await profilesItem.setValue([...profiles, { id, picture, kdf: sealed.kdf, blob: sealed.blob, createdOn: today }]);
  await wipeSession();
  await unlockItem.setValue({ kind: 'profile', id, key: sealed.key });
  return done;
}

/** Deletes a protected profile (the person's choice, or a helper cleaning up old ones). */
export async function deleteProfile(id: string): Promise<Outcome> {
  const profiles = await profilesItem.getValue();
  if (!profiles.some((profile) => profile.id === id)) return fail('unknown-profile');
  const session = await currentSession();
  await profilesItem.setValue(profiles.filter((profile) => profile.id !== id));
  if (session.kind === 'profile' && session.id === id) await wipeSession();
  return done;
}

/**
 * Own device: protects the data with a passphrase (or changes it). The data is encrypted under
 * the new key before the clear copy is removed, so a crash in between loses nothing.
 */
export async function setOwnPassphrase(passphrase: string, options: CryptoOptions = {}): Promise<Outcome> {
  const { mode } = await deviceItem.getValue();
  if (mode !== 'own') return fail('not-own');
  if (!strongEnough(passphrase)) return fail('weak-passphrase');
  const session = await currentSession();
  if (session.kind === 'locked') return fail('locked');
  const current = await routedBackend.load();
  const sealed = await seal(passphrase, current ?? emptyProfile(), options);
  await ownVaultItem.setValue({ kdf: sealed.kdf, blob: sealed.blob });
  await unlockItem.setValue({ kind: 'own', key: sealed.key });
  await storage.removeItem(PROFILE_KEY);
  await removeRecoveredOf(PROFILE_KEY);
  return done;
}

/** Own device: removes the passphrase; the data is then kept in clear on this device again. */
export async function removeOwnPassphrase(): Promise<Outcome> {
  const session = await currentSession();
  if (session.kind === 'locked') return fail('locked');
  if (session.kind !== 'own-vault') return fail('no-passphrase');
  const data = await routedBackend.load();
  if (data === null) return fail('locked');
  await storage.setItem(PROFILE_KEY, data ?? emptyProfile());
  await ownVaultItem.setValue(null);
  await wipeSession();
  return done;
}

/** What to do with the data already on this computer when it is declared shared. */
export type ExistingDataChoice = { action: 'protect'; picture: PictureId; passphrase: string } | { action: 'delete' };

/**
 * Says whose computer this is, carrying the data already there into the new place (never losing
 * it, never leaving it in clear on a shared computer):
 *
 * - → own device: the data of this session stays with the person — a session without a profile
 *   goes to this device's storage (section by section over anything left from before), an open
 *   protected profile becomes the own device's vault (same passphrase). Not possible while other
 *   people's protected profiles are on this computer.
 * - → shared computer: the own device's data (clear, or in the vault) must be either moved into a
 *   protected profile (`protect`) or deleted (`delete`); without a choice nothing changes.
 */
export async function chooseMode(mode: 'own' | 'shared', choice: ExistingDataChoice | undefined, today: string, options: CryptoOptions = {}): Promise<Outcome> {
  const facts = await readSessionFacts();
  const session = await currentSession();
  if (facts.mode === mode) return done;

  if (mode === 'own') {
    const others = facts.profileIds.filter((id) => !(session.kind === 'profile' && session.id === id));
    if (others.length > 0) return fail('profiles-remain');
    if (session.kind === 'profile') {
      const profiles = await profilesItem.getValue();
      const entry = profiles.find((profile) => profile.id === session.id);
      if (!entry) return fail('unknown-profile');
      let blob = entry.blob;
      // A clear copy from before cannot stay beside the vault: it joins the protected data.
      const earlier = await storage.getItem<unknown>(PROFILE_KEY);
      const key = await importKey(session.key);
      if (hasData(earlier) && key) {
        const opened = readProfile(await openWithKey(session.key, entry.blob)).profile;
        blob = await encryptJson(key, mergeSections(readProfile(earlier).profile, opened));
      }
      await ownVaultItem.setValue({ kdf: entry.kdf, blob });
      await profilesItem.setValue([]);
      await storage.removeItem(PROFILE_KEY);
      await wipeSession();
      await unlockItem.setValue({ kind: 'own', key: session.key });
    } else {
      const guest = await storage.getItem<unknown>(SESSION_PROFILE_KEY);
      if (hasData(guest)) {
        const earlier = readProfile(await storage.getItem<unknown>(PROFILE_KEY)).profile;
        await storage.setItem(PROFILE_KEY, mergeSections(earlier, readProfile(guest).profile));
      }
      await wipeSession();
    }
    await deviceItem.setValue({ mode: 'own' });
    return done;
  }

  // → shared computer.
  const vault = await ownVaultItem.getValue();
  const plain = await storage.getItem<unknown>(PROFILE_KEY);
  const needsChoice = vault !== null || hasData(plain);
  if (needsChoice && !choice) return fail('choice-needed');
  if (choice?.action === 'protect' && needsChoice) {
    const profiles = await profilesItem.getValue();
    if (profiles.some((profile) => profile.picture === choice.picture)) return fail('picture-taken');
    if (!PICTURE_IDS.includes(choice.picture)) return fail('unknown-profile');
    let entry: StoredProfile;
    let key: string;
    if (vault) {
      // The vault moves as it is (same passphrase); it must be open so that we know it is theirs.
      if (session.kind !== 'own-vault') return fail('locked');
      entry = { id: randomId(), picture: choice.picture, kdf: vault.kdf, blob: vault.blob, createdOn: today };
      key = session.key;
    } else {
      if (!strongEnough(choice.passphrase)) return fail('weak-passphrase');
      const sealed = await seal(choice.passphrase, readProfile(plain).profile, options);
      entry = { id: randomId(), picture: choice.picture, kdf: sealed.kdf, blob: sealed.blob, createdOn: today };
      key = sealed.key;
    }
    await profilesItem.setValue([...profiles, entry]);
    await ownVaultItem.setValue(null);
    await storage.removeItem(PROFILE_KEY);
    await removeRecoveredOf(PROFILE_KEY);
    await wipeSession();
    await unlockItem.setValue({ kind: 'profile', id: entry.id, key });
  } else {
    if (choice?.action === 'delete') {
      await ownVaultItem.setValue(null);
      await storage.removeItem(PROFILE_KEY);
      await removeRecoveredOf(PROFILE_KEY);
    }
    await wipeSession();
  }
  await deviceItem.setValue({ mode: 'shared' });
  return done;
}

/** Section by section: the newer value unless it is empty, then the earlier one. */
function mergeSections(earlier: ProfileData, newer: ProfileData): ProfileData {
  const empty = emptyProfile();
  const merged = { ...earlier } as Record<string, unknown>;
  for (const name of SECTION_NAMES) {
    if (JSON.stringify(newer[name]) !== JSON.stringify(empty[name])) merged[name] = newer[name];
  }
  return merged as ProfileData;
}

/** Removes the kept-aside copies of a key's sections (they are the person's data too). */
async function removeRecoveredOf(key: string): Promise<void> {
  const kept = await readRecovered('local');
  const others = kept.filter((entry) => entry.key !== key && !entry.key.startsWith(`${key}.`));
  if (others.length !== kept.length) await storage.setItem(recoveredKey('local'), others);
}

/**
 * "Erase everything": this person's data, wherever it is — the own device's data (clear and
 * vault), the open protected profile, a session without a profile — then the session itself.
 * Other people's protected profiles stay (they are encrypted and are not this person's).
 * On a locked own device this is the way out of a forgotten passphrase.
 */
export async function eraseCurrentPerson(): Promise<Outcome> {
  const facts = await readSessionFacts();
  const session = await currentSession();
  if (facts.mode === 'own') {
    await ownVaultItem.setValue(null);
    await storage.removeItem(PROFILE_KEY);
    await removeRecoveredOf(PROFILE_KEY);
  } else if (session.kind === 'profile') {
    const profiles = await profilesItem.getValue();
    await profilesItem.setValue(profiles.filter((profile) => profile.id !== session.id));
  }
  await wipeSession();
  return done;
}

/** Puts back a whole profile (from a backup) where this session keeps its data. */
export async function restoreProfile(raw: unknown): Promise<Outcome> {
  const { profile, invalid } = readProfile(raw);
  if (invalid.length > 0) throw new Error('invalid profile');
  const session = await currentSession();
  if (session.kind === 'locked') return fail('locked');
  await routedBackend.save(profile);
  return done;
}
