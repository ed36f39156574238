/**
 * Stored values that only the background and Repère's own pages may touch: encrypted profiles,
 * the unlocked key, the session-only data. Kept apart from ./items.ts because the panel on ANEF
 * (a content script) imports that module: WXT reads every defined item once when it is defined,
 * and none of these must ever be read in ANEF's tab (nor can session storage be: its access level
 * is TRUSTED_CONTEXTS). A test checks that the panel's bundle does not contain these keys.
 *
 * Same rules as ./items.ts (style rule 4): valibot schema, version, frozen fixtures.
 */
import * as v from 'valibot';
import { PICTURE_IDS } from './items.ts';
import { defineValidatedItem } from './validated-item.ts';

const CivilDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const Base64Text = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));

/** Key-derivation parameters of a passphrase (utils/crypto/vault.ts `KeyParams`). */
export const KdfSchemaV1 = v.object({
  salt: Base64Text,
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** An encrypted value (utils/crypto/vault.ts `EncryptedBlob`): reveals nothing of the data. */
export const BlobSchemaV1 = v.object({ v: v.literal(1), iv: Base64Text, ct: Base64Text });

/**
 * The person's data on their own device when they chose a passphrase: encrypted with a key derived
 * from it. null when there is no passphrase (the data is then plainly under PROFILE_KEY).
 */
export const OwnVaultSchemaV1 = v.object({ kdf: KdfSchemaV1, blob: BlobSchemaV1 });
export type OwnVaultV1 = v.InferOutput<typeof OwnVaultSchemaV1>;
export type OwnVault = OwnVaultV1;

export const ownVaultItem = defineValidatedItem<OwnVault | null>('local:ownVault', {
  schema: v.nullable(OwnVaultSchemaV1),
  fallback: null,
  version: 1,
});

/**
 * The protected profiles of a shared computer: for each person who wants to come back, a random
 * id, the picture they chose, their key parameters and their encrypted data. Nothing readable
 * about them: no name, no date of birth, only the day the profile was created.
 */
export const StoredProfileSchemaV1 = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-f0-9]{16,64}$/)),
  picture: v.picklist(PICTURE_IDS),
  kdf: KdfSchemaV1,
  blob: BlobSchemaV1,
  createdOn: CivilDate,
});
export type StoredProfileV1 = v.InferOutput<typeof StoredProfileSchemaV1>;
export type StoredProfile = StoredProfileV1;

export const profilesItem = defineValidatedItem<StoredProfile[]>('local:profiles', {
  schema: v.pipe(v.array(StoredProfileSchemaV1), v.maxLength(PICTURE_IDS.length)),
  fallback: [],
  version: 1,
});

/**
 * The person's data on a shared computer without a profile: in session storage only (memory,
 * emptied when the browser closes; content scripts cannot read it). Read and written only by the
 * background (utils/privacy/router.ts).
 */
export const SESSION_PROFILE_KEY = 'session:profile' as const;

/**
 * A random id of this session, made when first needed and gone with the rest of session storage
 * when the session ends: the profile service drops a change made on an earlier session's data.
 */
export const SESSION_ID_KEY = 'session:id' as const;

/**
 * Who is using Repère in this browser session, with the unlocked key (exported AES key, base64)
 * when there is one. Session storage only: gone when the browser closes (then Repère is locked),
 * never on disk, never readable by content scripts (access level TRUSTED_CONTEXTS).
 */
export const UnlockSchemaV1 = v.nullable(v.variant('kind', [
  v.object({ kind: v.literal('guest') }),
  v.object({ kind: v.literal('own'), key: Base64Text }),
  v.object({ kind: v.literal('profile'), id: v.pipe(v.string(), v.regex(/^[a-f0-9]{16,64}$/)), key: Base64Text }),
]));
export type UnlockV1 = v.InferOutput<typeof UnlockSchemaV1>;
export type Unlock = UnlockV1;

export const unlockItem = defineValidatedItem<Unlock>('session:unlock', {
  schema: UnlockSchemaV1,
  fallback: null,
  version: 1,
});

/**
 * What Repère last copied to the clipboard, as a SHA-256 digest (never the text), so that any of
 * its pages can clear the clipboard later only if it still holds that value. Session only.
 */
export const ClipboardRecordSchemaV1 = v.nullable(v.object({ digest: v.pipe(v.string(), v.regex(/^[a-f0-9]{64}$/)) }));
export type ClipboardRecord = v.InferOutput<typeof ClipboardRecordSchemaV1>;

export const clipboardItem = defineValidatedItem<ClipboardRecord>('session:clipboard', {
  schema: ClipboardRecordSchemaV1,
  fallback: null,
  version: 1,
});
