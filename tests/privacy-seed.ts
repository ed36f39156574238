/**
 * Seeds for tests of shared computers and passphrases: protected profiles and own-device vaults
 * sealed with few PBKDF2 iterations (the iteration count has its own test in tests/unit/crypto).
 */
import { emptyProfile, type ProfileData } from '../utils/profile/profile.ts';
import { deriveKey, encryptJson, exportKey, newKeyParams } from '../utils/crypto/vault.ts';
import type { PictureId } from '../utils/storage/items.ts';
import type { OwnVault, StoredProfile } from '../utils/storage/private-items.ts';

export const FAST = 1_000;

/** A person's data as the checklist section keeps it. */
export function checklistData(procedure: string, ticked: string[]): ProfileData {
  return fullProfile(checklistOnly(procedure, ticked));
}

/**
 * Only the checklist section, as the frozen version-1 fixtures hold it (written before the other
 * sections existed); the profile service fills the others in when it reads it.
 */
export function checklistOnly(procedure: string, ticked: string[]): unknown {
  return { checklist: { chosen: procedure, ticked: { [procedure]: ticked } } };
}

/** Stored data as the profile service reads it: every missing section empty. */
export function fullProfile(data: unknown): ProfileData {
  return { ...emptyProfile(), ...(data as Partial<ProfileData>) };
}

export async function sealed(passphrase: string, data: unknown): Promise<{ vault: OwnVault; key: string }> {
  const kdf = newKeyParams(FAST);
  const key = await deriveKey(passphrase, kdf);
  return { vault: { kdf, blob: await encryptJson(key, data) }, key: await exportKey(key) };
}

export async function storedProfile(id: string, picture: PictureId, passphrase: string, data: unknown): Promise<{ entry: StoredProfile; key: string }> {
  const { vault, key } = await sealed(passphrase, data);
  return { entry: { id, picture, ...vault, createdOn: '2026-11-27' }, key };
}

export const ID_A = 'a'.repeat(32);
export const ID_B = 'b'.repeat(32);
