/**
 * Seeds for tests of shared computers and passphrases: protected profiles and own-device vaults
 * sealed with few PBKDF2 iterations (the iteration count has its own test in tests/unit/crypto).
 */
import { deriveKey, encryptJson, exportKey, newKeyParams } from '../utils/crypto/vault.ts';
import type { PictureId } from '../utils/storage/items.ts';
import type { OwnVault, StoredProfile } from '../utils/storage/private-items.ts';

export const FAST = 1_000;

/** A person's data as the checklist section keeps it. */
export function checklistData(procedure: string, ticked: string[]) {
  return { checklist: { chosen: procedure, ticked: { [procedure]: ticked } } };
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
