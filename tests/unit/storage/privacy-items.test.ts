/**
 * The stored values of shared computers and locking read their frozen version-1 fixtures as they
 * are (style rule 4), refuse invalid writes, and fall back to safe defaults: auto-lock after
 * 5 minutes, open with no warning, nobody unlocked, no protected profile.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lockSettingsItem, lockStateItem } from '../../../utils/storage/items.ts';
import { clipboardItem, ownVaultItem, profilesItem, unlockItem } from '../../../utils/storage/private-items.ts';

const frozen = (name: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/storage', name), 'utf8')) as Record<string, unknown>;

const ITEMS = [
  { item: lockSettingsItem, file: 'lockSettings.v1.json', area: 'local', fallback: { autoLockMinutes: 5 } },
  { item: lockStateItem, file: 'lockState.v1.json', area: 'local', fallback: { state: 'open', warning: null } },
  { item: profilesItem, file: 'profiles.v1.json', area: 'local', fallback: [] },
  { item: ownVaultItem, file: 'ownVault.v1.json', area: 'local', fallback: null },
  { item: unlockItem, file: 'unlock.v1.json', area: 'session', fallback: null },
  { item: clipboardItem, file: 'clipboard.v1.json', area: 'session', fallback: null },
] as const;

describe('privacy storage items', () => {
  for (const { item, file, area, fallback } of ITEMS) {
    it(`${item.key}: default, frozen fixture, refused garbage`, async () => {
      expect(await item.getValue()).toEqual(fallback);
      const stored = frozen(file);
      await fakeBrowser.storage[area].set(stored);
      expect(await item.read()).toEqual({ value: Object.values(stored)[0] });
      await expect(item.setValue({ garbage: true } as never)).rejects.toThrow();
    });
  }

  it('keys live in session storage only', () => {
    expect(unlockItem.key).toBe('session:unlock');
    expect(clipboardItem.key).toBe('session:clipboard');
  });

  it('the auto-lock delay stays within 1–30 minutes (or never)', async () => {
    await expect(lockSettingsItem.setValue({ autoLockMinutes: 0 })).rejects.toThrow();
    await expect(lockSettingsItem.setValue({ autoLockMinutes: 31 })).rejects.toThrow();
    await lockSettingsItem.setValue({ autoLockMinutes: null });
    expect(await lockSettingsItem.getValue()).toEqual({ autoLockMinutes: null });
  });
});
