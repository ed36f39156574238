/**
 * Encryption at rest for a person's data (shared computers, passphrase locks): AES-GCM 256 under a
 * key derived from the person's passphrase with PBKDF2-SHA256 (≥ 600 000 iterations, OWASP), a
 * random salt per profile and a random IV per encryption (facts/users-languages.md §4.1–4.2;
 * Bitwarden's model). Web Crypto only, in the background and extension pages — never in the
 * content script. Pure apart from the randomness and the crypto it is given.
 *
 * A wrong passphrase and a tampered ciphertext both fail GCM's authentication: decryption then
 * reports an error and returns nothing.
 */

export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

import type { Result } from '../result.ts';

export type { Result };

/** What is stored: nothing here reveals the data or the passphrase. */
export interface EncryptedBlob {
  v: 1;
  /** base64 of the 12-byte IV. */
  iv: string;
  /** base64 of the ciphertext with its GCM tag. */
  ct: string;
}

export interface KeyParams {
  /** base64 of the random salt. */
  salt: string;
  iterations: number;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Fresh key parameters for a new profile or backup: a random salt. */
export function newKeyParams(iterations = PBKDF2_ITERATIONS): KeyParams {
  return { salt: toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES))), iterations };
}

/**
 * The AES-GCM key for a passphrase. Extractable only so that the unlocked key can be kept in
 * `storage.session` (memory, never disk) across service-worker restarts.
 */
export async function deriveKey(passphrase: string, params: KeyParams): Promise<CryptoKey> {
  const salt = fromBase64(params.salt);
  if (!salt || salt.length < SALT_BYTES) throw new Error('bad salt');
  if (!Number.isInteger(params.iterations) || params.iterations < 1) throw new Error('bad iteration count');
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
}

/** Keeps a key as text (for storage.session) and back. */
export async function exportKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

export async function importKey(raw: string): Promise<CryptoKey | undefined> {
  const bytes = fromBase64(raw);
  if (!bytes || bytes.length !== 32) return undefined;
  return crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

/** Encrypts any JSON value. */
export async function encryptJson(key: CryptoKey, value: unknown): Promise<EncryptedBlob> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  return { v: 1, iv: toBase64(iv), ct: toBase64(cipher) };
}

/** Decrypts a blob; an error (never an exception) for a wrong key, tampering or garbage. */
export async function decryptJson(key: CryptoKey, blob: unknown): Promise<Result<unknown>> {
  if (!isBlob(blob)) return { ok: false, error: 'not an encrypted value' };
  const iv = fromBase64(blob.iv);
  const cipher = fromBase64(blob.ct);
  if (!iv || iv.length !== IV_BYTES || !cipher || cipher.length < 16) return { ok: false, error: 'damaged encrypted value' };
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, cipher);
  } catch {
    return { ok: false, error: 'wrong passphrase or damaged data' };
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(plain)) as unknown };
  } catch {
    return { ok: false, error: 'damaged data' };
  }
}

export function isBlob(value: unknown): value is EncryptedBlob {
  return typeof value === 'object' && value !== null
    && (value as EncryptedBlob).v === 1
    && typeof (value as EncryptedBlob).iv === 'string'
    && typeof (value as EncryptedBlob).ct === 'string';
}
