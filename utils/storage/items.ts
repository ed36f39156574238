/**
 * Every value Repère stores, in one place (style rule 4). Each item has a valibot schema (checked on
 * every read, see ./validated-item.ts), a version and migrations keyed by target version; older
 * shapes are kept below as `…V1`, `…V2` types, and each version has a frozen fixture in
 * tests/fixtures/storage/<item>.v<N>.json with a migration test.
 *
 * Personal data never goes through these items directly from the content script: it lives behind
 * the background's profile service (utils/profile/), so where and how it is stored (plain, session
 * only, encrypted) is decided in one place.
 */
import * as v from 'valibot';
import { LANGUAGE_CODES } from '../i18n/languages.ts';
import { defineValidatedItem } from './validated-item.ts';

/** Which side of the window the panel sits on. 'auto' = inline-end of the panel's language. */
export const DockSideSchema = v.picklist(['auto', 'left', 'right']);
export type DockSide = v.InferOutput<typeof DockSideSchema>;

export const SettingsSchemaV1 = v.object({
  /** The person's language; null until chosen (then the browser's language, else French). */
  language: v.nullable(v.picklist(LANGUAGE_CODES)),
  dockSide: DockSideSchema,
  /** Whether the panel is open or folded to its launcher, the same on every ANEF page. */
  panelOpen: v.boolean(),
});
export type SettingsV1 = v.InferOutput<typeof SettingsSchemaV1>;
export type Settings = SettingsV1;

export const DEFAULT_SETTINGS: Settings = { language: null, dockSide: 'auto', panelOpen: true };

/** UI settings of this browser (no personal data). */
export const settingsItem = defineValidatedItem<Settings>('local:settings', {
  schema: SettingsSchemaV1,
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * The person's data on their own device, unencrypted (sections validated one by one by the
 * profile service, utils/profile/). Read and written only by the background.
 */
export const PROFILE_KEY = 'local:profile' as const;

/** Increases at every change of the person's data; holds nothing personal. */
export const profileRevisionItem = defineValidatedItem<number>('local:profileRevision', {
  schema: v.pipe(v.number(), v.integer(), v.minValue(0)),
  fallback: 0,
  version: 1,
});

/**
 * Whose computer this is: the person's own device, or a shared computer (association, workshop).
 * null until the first-run question is answered. On a shared computer notifications and the
 * toolbar badge carry nothing personal and personal data is not written to disk by default.
 */
export const DeviceSchemaV1 = v.object({
  mode: v.nullable(v.picklist(['own', 'shared'])),
});
export type DeviceV1 = v.InferOutput<typeof DeviceSchemaV1>;
export type DeviceSettings = DeviceV1;

export const deviceItem = defineValidatedItem<DeviceSettings>('local:device', {
  schema: DeviceSchemaV1,
  fallback: { mode: null },
  version: 1,
});

/**
 * Reminders: the last day whose reminders were shown (or passed while nothing was due), so that a
 * browser closed on a reminder day still shows it once at the next start, and never twice.
 * A civil date only: nothing about the person or their documents.
 */
export const RemindersStateSchemaV1 = v.object({
  checkedThrough: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
});
export type RemindersStateV1 = v.InferOutput<typeof RemindersStateSchemaV1>;
export type RemindersState = RemindersStateV1;

export const remindersStateItem = defineValidatedItem<RemindersState>('local:reminders', {
  schema: RemindersStateSchemaV1,
  fallback: { checkedThrough: null },
  version: 1,
});

// ─── Shared computers and locking (utils/privacy/). Protected data and keys: ./private-items.ts ──

/** The pictures a protected profile can be recognised by on the lock screen (never a name). */
export const PICTURE_IDS = [
  'sun', 'tree', 'boat', 'cat', 'bicycle', 'house', 'fish', 'flower', 'star', 'moon', 'bird', 'umbrella',
] as const;
export type PictureId = (typeof PICTURE_IDS)[number];

/** Auto-lock delay in minutes (1–30); null = never (own device only: utils/crypto/lock-policy.ts). */
export const LockSettingsSchemaV1 = v.object({
  autoLockMinutes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30))),
});
export type LockSettingsV1 = v.InferOutput<typeof LockSettingsSchemaV1>;
export type LockSettings = LockSettingsV1;

export const lockSettingsItem = defineValidatedItem<LockSettings>('local:lockSettings', {
  schema: LockSettingsSchemaV1,
  fallback: { autoLockMinutes: 5 },
  version: 1,
});

/**
 * Whether Repère is locked, and the 30-second warning before an automatic lock. Nothing personal:
 * every context (the panel on ANEF too) watches it to show the locked state and the warning.
 * `erase`: the lock will end a session without a profile, erasing what was entered.
 */
export const LockStateSchemaV1 = v.object({
  state: v.picklist(['open', 'locked']),
  warning: v.nullable(v.object({ endsAt: v.pipe(v.number(), v.integer()), erase: v.boolean() })),
});
export type LockStateV1 = v.InferOutput<typeof LockStateSchemaV1>;
export type LockStateValue = LockStateV1;

export const lockStateItem = defineValidatedItem<LockStateValue>('local:lockState', {
  schema: LockStateSchemaV1,
  fallback: { state: 'open', warning: null },
  version: 1,
});
