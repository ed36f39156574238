/**
 * Encryption at rest: round trip, wrong passphrase, tampered ciphertext, salt and IV uniqueness,
 * the iteration count, and that the stored form reveals nothing of the data.
 */
import { describe, expect, it } from 'vitest';
import {
  decryptJson,
  deriveKey,
  encryptJson,
  exportKey,
  fromBase64,
  importKey,
  newKeyParams,
  PBKDF2_ITERATIONS,
  toBase64,
} from '../../../utils/crypto/vault.ts';

const person = { name: 'Alex TESTEUR', foreignerNumber: '1234567890' };
const FAST = 1_000; // fewer iterations where the test is not about the count

describe('vault', () => {
  it('derives with PBKDF2-SHA256 and at least 600 000 iterations by default', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(newKeyParams().iterations).toBe(PBKDF2_ITERATIONS);
  });

  it('round-trips data, and the stored form shows nothing of it', async () => {
    const key = await deriveKey('un long mot de passe', newKeyParams(FAST));
    const blob = await encryptJson(key, person);
    expect(JSON.stringify(blob)).not.toMatch(/TESTEUR|1234567890/);
    expect(await decryptJson(key, blob)).toEqual({ ok: true, value: person });
  });

  it('refuses a wrong passphrase without throwing', async () => {
    const params = newKeyParams(FAST);
    const blob = await encryptJson(await deriveKey('correct horse', params), person);
    const result = await decryptJson(await deriveKey('wrong horse', params), blob);
    expect(result).toEqual({ ok: false, error: 'wrong passphrase or damaged data' });
  });

  it('refuses a tampered or truncated ciphertext', async () => {
    const key = await deriveKey('pass', newKeyParams(FAST));
    const blob = await encryptJson(key, person);
    const bytes = fromBase64(blob.ct)!;
    bytes[3] = (bytes[3] ?? 0) ^ 0xff;
    expect((await decryptJson(key, { ...blob, ct: toBase64(bytes) })).ok).toBe(false);
    expect((await decryptJson(key, { ...blob, ct: blob.ct.slice(0, 8) })).ok).toBe(false);
    expect((await decryptJson(key, { ...blob, iv: toBase64(new Uint8Array(12)) })).ok).toBe(false);
    expect((await decryptJson(key, 'garbage')).ok).toBe(false);
    expect((await decryptJson(key, { v: 1, iv: '%%%', ct: '%%%' })).ok).toBe(false);
  });

  it('uses a new random salt per profile and a new IV per encryption', async () => {
    const salts = new Set(Array.from({ length: 50 }, () => newKeyParams(FAST).salt));
    expect(salts.size).toBe(50);
    const key = await deriveKey('pass', newKeyParams(FAST));
    const a = await encryptJson(key, person);
    const b = await encryptJson(key, person);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
  });

  it('gives different keys for the same passphrase with different salts', async () => {
    const one = await exportKey(await deriveKey('same', newKeyParams(FAST)));
    const two = await exportKey(await deriveKey('same', newKeyParams(FAST)));
    expect(one).not.toBe(two);
  });

  it('keeps an unlocked key as text and brings it back', async () => {
    const key = await deriveKey('pass', newKeyParams(FAST));
    const back = await importKey(await exportKey(key));
    expect(await decryptJson(back!, await encryptJson(key, person))).toEqual({ ok: true, value: person });
    expect(await importKey('not a key')).toBeUndefined();
  });

  it('treats paste and precomposed accents the same (NFC)', async () => {
    const params = newKeyParams(FAST);
    const blob = await encryptJson(await deriveKey('café', params), person);
    expect((await decryptJson(await deriveKey('cafe\u0301', params), blob)).ok).toBe(true);
  });
});
