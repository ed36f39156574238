/**
 * Stored values are checked on every read: missing → defaults; valid → as stored; corrupt →
 * reported, kept aside (same storage area), replaced by defaults, never a crash. Writes of invalid
 * values are refused. Frozen fixtures of each stored version still read (style rule 4).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, settingsItem } from '../../../utils/storage/items.ts';
import { clearRecovered, readRecovered } from '../../../utils/storage/recovered.ts';
import { defineValidatedItem, followItem } from '../../../utils/storage/validated-item.ts';

const frozen = (name: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/storage', name), 'utf8')) as Record<string, unknown>;

describe('settings item', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads the frozen version-1 fixture as it is', async () => {
    await fakeBrowser.storage.local.set(frozen('settings.v1.json'));
    expect(await settingsItem.read()).toEqual({ value: { language: 'ar', dockSide: 'left', panelOpen: false } });
  });

  it('round-trips a valid value', async () => {
    await settingsItem.setValue({ language: 'en', dockSide: 'right', panelOpen: true });
    expect(await settingsItem.getValue()).toEqual({ language: 'en', dockSide: 'right', panelOpen: true });
  });

  it('refuses to store an invalid value', async () => {
    await expect(settingsItem.setValue({ language: 'klingon', dockSide: 'up', panelOpen: 1 } as never)).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  for (const [label, corrupt] of [
    ['a string', 'garbage'],
    ['a wrong language', { language: 'xx', dockSide: 'auto', panelOpen: true }],
    ['a missing field', { language: 'fr', dockSide: 'auto' }],
    ['an array', [1, 2, 3]],
  ] as const) {
    it(`recovers from ${label}: defaults, report, old value kept aside`, async () => {
      await fakeBrowser.storage.local.set({ settings: corrupt });
      const { value, recovered } = await settingsItem.read();
      expect(value).toEqual(DEFAULT_SETTINGS);
      expect(recovered?.key).toBe('local:settings');
      expect(recovered?.reason).toMatch(/:/);
      const kept = await readRecovered('local');
      expect(kept).toHaveLength(1);
      expect(JSON.parse(kept[0]!.raw)).toEqual(corrupt);
      // The defaults were written back: the next read is clean.
      expect(await settingsItem.read()).toEqual({ value: DEFAULT_SETTINGS });
    });
  }

  it('keeps at most ten unreadable values and can delete them', async () => {
    for (let i = 0; i < 12; i += 1) {
      await fakeBrowser.storage.local.set({ settings: `bad ${i}` });
      await settingsItem.read();
    }
    const kept = await readRecovered('local');
    expect(kept).toHaveLength(10);
    expect(kept.at(-1)?.raw).toBe('"bad 11"');
    await clearRecovered('local');
    expect(await readRecovered('local')).toEqual([]);
  });

  it('reports a corrupt value to watchers as the defaults', async () => {
    const seen = vi.fn();
    const unwatch = settingsItem.watch(seen);
    await fakeBrowser.storage.local.set({ settings: { language: 'en', dockSide: 'left', panelOpen: true } });
    await fakeBrowser.storage.local.set({ settings: 42 });
    unwatch();
    expect(seen.mock.calls.map(([value]) => value)).toEqual([
      { language: 'en', dockSide: 'left', panelOpen: true },
      DEFAULT_SETTINGS,
    ]);
  });
});

describe('validated items in other areas', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.session.clear();
  });

  it('keeps a corrupt session value aside in session storage, not on disk', async () => {
    const item = defineValidatedItem('session:probe', { schema: v.number(), fallback: 0, version: 1 });
    await fakeBrowser.storage.session.set({ probe: 'not a number' });
    expect(await item.getValue()).toBe(0);
    expect(await readRecovered('session')).toHaveLength(1);
    expect(await readRecovered('local')).toEqual([]);
  });

  it('migrates an old shape, then validates it', async () => {
    await fakeBrowser.storage.local.set({ counter: { n: '3' } });
    const item = defineValidatedItem('local:counter', {
      schema: v.object({ count: v.number() }),
      fallback: { count: 0 },
      version: 2,
      migrations: { 2: (old) => ({ count: Number((old as { n: string }).n) }) },
    });
    expect(await item.getValue()).toEqual({ count: 3 });
    expect(await fakeBrowser.storage.local.get('counter$')).toEqual({ counter$: { v: 2 } });
  });

  it('does not crash when a migration fails: the old value is kept aside', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ broken: { n: 'x' } });
    const item = defineValidatedItem('local:broken', {
      schema: v.object({ count: v.number() }),
      fallback: { count: 0 },
      version: 2,
      migrations: {
        2: () => {
          throw new Error('cannot migrate');
        },
      },
    });
    const { value, recovered } = await item.read();
    expect(value).toEqual({ count: 0 });
    expect(recovered?.key).toBe('local:broken');
    expect(JSON.parse((await readRecovered('local'))[0]!.raw)).toEqual({ n: 'x' });
    expect(await fakeBrowser.storage.local.get('broken$')).toEqual({ broken$: { v: 2 } });
  });
});

describe('followItem', () => {
  it('gives the stored value, then every change', async () => {
    await settingsItem.setValue({ language: 'ar', dockSide: 'auto', panelOpen: true });
    const seen: (string | null)[] = [];
    const { unwatch, ready } = followItem(settingsItem, (value) => seen.push(value.language));
    expect((await ready).recovered).toBeUndefined();
    await settingsItem.setValue({ language: 'uk', dockSide: 'auto', panelOpen: true });
    await vi.waitFor(() => expect(seen).toEqual(['ar', 'uk']));
    unwatch();
    await settingsItem.setValue({ language: 'en', dockSide: 'auto', panelOpen: true });
    await new Promise((done) => setTimeout(done, 10));
    expect(seen).toEqual(['ar', 'uk']);
  });

  it('a change that comes during the first read wins over that older read', async () => {
    let changed: ((value: string) => void) | undefined;
    let finishRead: ((value: string) => void) | undefined;
    const item = {
      watch: (callback: (value: string) => void) => {
        changed = callback;
        return () => {};
      },
      read: () => new Promise<{ value: string }>((done) => {
        finishRead = (value) => done({ value });
      }),
    };
    const seen: string[] = [];
    const { ready } = followItem(item, (value) => seen.push(value));
    changed!('own');
    finishRead!('shared');
    await ready;
    expect(seen).toEqual(['own']);
  });

  it('passes on the recovery report of a corrupt value', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    const seen: unknown[] = [];
    const { recovered } = await followItem(settingsItem, (value) => seen.push(value)).ready;
    expect(recovered?.key).toBe('local:settings');
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(DEFAULT_SETTINGS));
  });
});
