/** The reminders state item: default, frozen version-1 fixture, refusal of anything but a date. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { remindersStateItem } from '../../../utils/storage/items.ts';

const frozen = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/storage/reminders.v1.json'), 'utf8')) as Record<string, unknown>;

describe('reminders state item', () => {
  it('starts with nothing checked', async () => {
    expect(await remindersStateItem.getValue()).toEqual({ checkedThrough: null });
  });

  it('reads the frozen version-1 fixture as it is', async () => {
    await fakeBrowser.storage.local.set(frozen);
    expect(await remindersStateItem.read()).toEqual({ value: { checkedThrough: '2026-11-26' } });
  });

  it('refuses anything but a civil date, and recovers from a corrupt value', async () => {
    await expect(remindersStateItem.setValue({ checkedThrough: 'Jean Dupont' })).rejects.toThrow();
    await fakeBrowser.storage.local.set({ reminders: { checkedThrough: 12 } });
    const { value, recovered } = await remindersStateItem.read();
    expect(value).toEqual({ checkedThrough: null });
    expect(recovered?.key).toBe('local:reminders');
  });
});
