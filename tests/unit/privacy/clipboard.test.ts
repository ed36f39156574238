/**
 * Clipboard hygiene: a copied value is cleared after 15 seconds or when the page is hidden, only
 * if the clipboard still holds it; what the person copied since is left alone; only a digest of
 * the value is remembered, in session storage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLEAR_AFTER_MS, clearClipboardIfOurs, copyWithClear, sha256Hex, type ClipboardLike } from '../../../utils/privacy/clipboard.ts';

function fakeClipboard(initial = '') {
  let text = initial;
  const clipboard: ClipboardLike & { text(): string; set(value: string): void } = {
    readText: async () => text,
    writeText: async (value) => {
      text = value;
    },
    text: () => text,
    set: (value) => {
      text = value;
    },
  };
  return clipboard;
}

/** Lets the promise chains after a timer run. */
const settle = async () => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
  await vi.waitFor(async () => undefined);
};

describe('copyWithClear', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('clears the value after 15 seconds, not before', async () => {
    const clipboard = fakeClipboard();
    await copyWithClear('7501202601150000123', { clipboard });
    expect(clipboard.text()).toBe('7501202601150000123');
    vi.advanceTimersByTime(CLEAR_AFTER_MS - 1);
    await settle();
    expect(clipboard.text()).toBe('7501202601150000123');
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(clipboard.text()).toBe(''));
    expect(await fakeBrowser.storage.session.get('clipboard')).toEqual({});
  });

  it('leaves what the person copied since', async () => {
    const clipboard = fakeClipboard();
    await copyWithClear('1234567890', { clipboard });
    clipboard.set('their own text');
    vi.advanceTimersByTime(CLEAR_AFTER_MS);
    await settle();
    expect(clipboard.text()).toBe('their own text');
  });

  it('clears when the page is hidden (closed, or another page opened)', async () => {
    const clipboard = fakeClipboard();
    const target = new EventTarget() as EventTarget & Window;
    Object.assign(target, { setTimeout, clearTimeout });
    await copyWithClear('1234567890', { clipboard, target });
    target.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(clipboard.text()).toBe(''));
  });

  it('remembers only a digest, in session storage', async () => {
    await copyWithClear('1234567890', { clipboard: fakeClipboard() });
    expect(await fakeBrowser.storage.session.get('clipboard')).toEqual({ clipboard: { digest: await sha256Hex('1234567890') } });
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).not.toContain('1234567890');
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });
});

describe('clearClipboardIfOurs (erase everything)', () => {
  it('clears our value from another page, and says so', async () => {
    const clipboard = fakeClipboard();
    await copyWithClear('1234567890', { clipboard, delayMs: 1e9 });
    expect(await clearClipboardIfOurs(clipboard)).toBe(true);
    expect(clipboard.text()).toBe('');
    expect(await clearClipboardIfOurs(clipboard)).toBe(false);
  });

  it('does nothing when we copied nothing, or the clipboard cannot be read', async () => {
    const clipboard = fakeClipboard('theirs');
    expect(await clearClipboardIfOurs(clipboard)).toBe(false);
    await copyWithClear('1234567890', { clipboard, delayMs: 1e9 });
    const refusing = { ...clipboard, readText: () => Promise.reject(new Error('not focused')) };
    expect(await clearClipboardIfOurs(refusing)).toBe(false);
    expect(clipboard.text()).toBe('1234567890');
  });
});
