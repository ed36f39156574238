/**
 * The backup file a person takes home (phone, USB key) and imports on any computer. It is always
 * encrypted with a passphrase they choose (utils/crypto/vault.ts), so a lost file reveals nothing.
 *
 * `parseBackup` (design/contracts.md) reads the file's envelope: it never throws, and rejects
 * anything malformed, too large, of an unknown version or failing validation, with a message
 * "<code>: <what is wrong>" (codes: not-text, too-large, not-json, not-a-backup, unknown-version,
 * damaged). It never returns partial data: either the whole envelope is valid, or an error.
 * `openBackup` then decrypts it with the passphrase and checks every section of the data; again
 * all or nothing.
 */
import * as v from 'valibot';
import { readProfile, type ProfileData } from '../profile/profile.ts';
import {
  decryptJson,
  deriveKey,
  encryptJson,
  fromBase64,
  newKeyParams,
  PBKDF2_ITERATIONS,
  type Result,
} from '../crypto/vault.ts';

export const BACKUP_FORMAT = 'repere-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

const Base64 = v.pipe(v.string(), v.check((text) => fromBase64(text) !== undefined, 'not base64'));

export const BackupEnvelopeSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  /** Civil date of the export (no time: nothing more than needed). */
  createdOn: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  kdf: v.strictObject({
    name: v.literal('PBKDF2-SHA256'),
    salt: v.pipe(Base64, v.check((text) => (fromBase64(text)?.length ?? 0) >= 16, 'salt too short')),
    // A file cannot make us spend hours deriving a key, nor accept a weak derivation.
    iterations: v.pipe(v.number(), v.integer(), v.minValue(PBKDF2_ITERATIONS), v.maxValue(10_000_000)),
  }),
  cipher: v.literal('AES-GCM'),
  data: v.strictObject({
    v: v.literal(1),
    iv: v.pipe(Base64, v.check((text) => fromBase64(text)?.length === 12, 'iv must be 12 bytes')),
    ct: v.pipe(Base64, v.check((text) => (fromBase64(text)?.length ?? 0) >= 16, 'ciphertext too short')),
  }),
});

export type BackupEnvelope = v.InferOutput<typeof BackupEnvelopeSchema>;

/** What the encrypted part holds. */
export interface BackupPayload {
  profile: ProfileData;
  /** The person's language, so the imported panel speaks it at once. */
  language?: string;
}

/** Reads an exported backup. Never throws; rejects anything malformed, too large (> 5 MB), of an
 *  unknown version or failing validation, with a message that says what is wrong. Never returns
 *  partial data. */
export function parseBackup(text: string): Result<unknown> {
  if (typeof text !== 'string') return { ok: false, error: 'not-text: the file is not a text file' };
  if (text.length > MAX_BACKUP_BYTES || new TextEncoder().encode(text).length > MAX_BACKUP_BYTES) {
    return { ok: false, error: 'too-large: the file is larger than 5 MB, it is not a Repère backup' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json: the file is not a Repère backup (it cannot be read as one)' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: 'not-a-backup: the file is not a Repère backup' };
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    return {
      ok: false,
      error: typeof version === 'number' && version > BACKUP_VERSION
        ? `unknown-version: the backup was made by a newer Repère (version ${version}); update Repère first`
        : 'unknown-version: the backup version is not one Repère knows',
    };
  }
  const parsed = v.safeParse(BackupEnvelopeSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') || '(file)';
    return { ok: false, error: `damaged: the backup is damaged (${path})` };
  }
  return { ok: true, value: parsed.output };
}

/** Decrypts a parsed backup with the person's passphrase; all sections must be valid. */
export async function openBackup(envelope: BackupEnvelope, passphrase: string): Promise<Result<BackupPayload>> {
  const key = await deriveKey(passphrase, envelope.kdf);
  const decrypted = await decryptJson(key, envelope.data);
  if (!decrypted.ok) return { ok: false, error: 'wrong-passphrase: wrong passphrase, or the file was changed' };
  const payload = decrypted.value as { profile?: unknown; language?: unknown };
  if (typeof payload !== 'object' || payload === null || typeof payload.profile !== 'object' || payload.profile === null) {
    return { ok: false, error: 'damaged: the backup holds no data' };
  }
  const { profile, invalid } = readProfile(payload.profile);
  if (invalid.length > 0) return { ok: false, error: `damaged: part of the backup cannot be read (${invalid.join(', ')})` };
  return { ok: true, value: { profile, ...(typeof payload.language === 'string' ? { language: payload.language } : {}) } };
}

/** Makes the backup file's text: the payload encrypted under a key from the passphrase. */
export async function createBackup(payload: BackupPayload, passphrase: string, today: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const params = newKeyParams(iterations);
  const key = await deriveKey(passphrase, params);
  const envelope: BackupEnvelope = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdOn: today,
    kdf: { name: 'PBKDF2-SHA256', salt: params.salt, iterations: params.iterations },
    cipher: 'AES-GCM',
    data: await encryptJson(key, payload),
  };
  return JSON.stringify(envelope);
}
