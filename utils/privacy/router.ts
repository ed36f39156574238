/**
 * The one storage backend of the profile service (utils/profile/service.ts): at every call it
 * looks at the device mode and at who is in this session (./session-model.ts) and reads or writes
 * the person's data where it belongs — plainly on the own device, encrypted in the own vault or in
 * a protected profile, or only in session storage on a shared computer. The profile service and
 * every feature stay unaware of it.
 *
 * Runs in the background only (it reads the unlocked key from session storage).
 */
import { storage } from '#imports';
import { decryptJson, encryptJson, importKey } from '../crypto/vault.ts';
import type { ProfileBackend } from '../profile/service.ts';
import { plainLocalBackend } from '../profile/backends.ts';
import { deviceItem } from '../storage/items.ts';
import { ownVaultItem, profilesItem, SESSION_ID_KEY, SESSION_PROFILE_KEY, unlockItem } from '../storage/private-items.ts';
import { keepAside } from '../storage/recovered.ts';
import { resolveSession, type ResolvedSession, type SessionFacts } from './session-model.ts';

/** Random bytes as hex (profile ids, session ids). */
export function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The stored facts the session is decided from. */
export async function readSessionFacts(): Promise<SessionFacts> {
  const [device, vault, profiles, unlock] = await Promise.all([
    deviceItem.getValue(),
    ownVaultItem.getValue(),
    profilesItem.getValue(),
    unlockItem.getValue(),
  ]);
  return { mode: device.mode, hasOwnVault: vault !== null, profileIds: profiles.map((profile) => profile.id), unlock };
}

export async function currentSession(): Promise<ResolvedSession> {
  return resolveSession(await readSessionFacts());
}

/** Whether a session without a profile holds any data (an automatic lock then erases it). */
export async function hasGuestData(): Promise<boolean> {
  return (await storage.getItem<unknown>(SESSION_PROFILE_KEY)) != null;
}

/** Decrypts with an exported key; undefined when the key or the data does not fit. */
export async function openWithKey(rawKey: string, blob: unknown): Promise<unknown> {
  const key = await importKey(rawKey);
  if (!key) return undefined;
  const result = await decryptJson(key, blob);
  return result.ok ? result.value : undefined;
}

async function sealWithKey(rawKey: string, value: unknown) {
  const key = await importKey(rawKey);
  if (!key) throw new Error('locked');
  return encryptJson(key, value);
}

export const routedBackend: ProfileBackend = {
  async load() {
    const session = await currentSession();
    switch (session.kind) {
      case 'plain':
        return plainLocalBackend.load();
      case 'guest':
        return (await storage.getItem<unknown>(SESSION_PROFILE_KEY)) ?? undefined;
      case 'own-vault': {
        const vault = await ownVaultItem.getValue();
        const value = vault ? await openWithKey(session.key, vault.blob) : undefined;
        // A key that no longer opens the data (changed elsewhere, damaged) means locked.
        return value === undefined ? null : value;
      }
      case 'profile': {
        const entry = (await profilesItem.getValue()).find((profile) => profile.id === session.id);
        const value = entry ? await openWithKey(session.key, entry.blob) : undefined;
        return value === undefined ? null : value;
      }
      case 'locked':
        return null;
    }
  },

  async save(profile) {
    const session = await currentSession();
    switch (session.kind) {
      case 'plain':
        return plainLocalBackend.save(profile);
      case 'guest':
        await storage.setItem(SESSION_PROFILE_KEY, profile);
        return;
      case 'own-vault': {
        const vault = await ownVaultItem.getValue();
        if (!vault) throw new Error('locked');
        await ownVaultItem.setValue({ kdf: vault.kdf, blob: await sealWithKey(session.key, profile) });
        return;
      }
      case 'profile': {
        const blob = await sealWithKey(session.key, profile);
        const profiles = await profilesItem.getValue();
        await profilesItem.setValue(profiles.map((entry) => (entry.id === session.id ? { ...entry, blob } : entry)));
        return;
      }
      case 'locked':
        throw new Error('locked');
    }
  },

  async keepAside(section, raw) {
    // Only the own device's plain data may leave a readable copy on disk; everything else is kept
    // aside in session storage (memory), so nothing personal is written in clear.
    if ((await currentSession()).kind === 'plain') return plainLocalBackend.keepAside(section, raw);
    await keepAside({ key: `${SESSION_PROFILE_KEY}.${section}`, raw, reason: 'section failed validation' });
  },

  async sessionId() {
    const stored = await storage.getItem<string>(SESSION_ID_KEY);
    if (typeof stored === 'string' && stored) return stored;
    const id = randomHex(12);
    await storage.setItem(SESSION_ID_KEY, id);
    return id;
  },
};
