/**
 * Clipboard hygiene for Repère's own pages (facts/users-languages.md §4.2, item 8): a value the
 * person copies from Repère (a file number, a foreign-national number…) is cleared from the
 * clipboard after 15 seconds, or when the page goes away, but only if the clipboard still holds
 * it — what the person copied since is never touched. "Erase everything" clears it too.
 *
 * What was copied is remembered only as a SHA-256 digest in session storage (never the text, never
 * on disk), so that any of Repère's pages can tell whether the clipboard still holds it.
 *
 *   import { copyWithClear } from '…/utils/privacy/clipboard.ts';
 *   <button onClick={() => void copyWithClear(number)}>Copy</button>
 *
 * Needs the clipboardRead and clipboardWrite permissions (reading to compare, writing outside a
 * click when the 15 seconds are over). Extension pages only: the panel on ANEF must not use it.
 */
import { clipboardItem } from '../storage/private-items.ts';

export const CLEAR_AFTER_MS = 15_000;

/** The clipboard as we use it (navigator.clipboard; injectable for tests). */
export interface ClipboardLike {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
}

export interface ClipboardOptions {
  clipboard?: ClipboardLike;
  /** Where `pagehide` is listened to, and whose timers are used. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'>;
  delayMs?: number;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The page's clipboard. `navigator.clipboard` needs the page to have the focus; when the 15 seconds
 * end while the person is in another tab, the extension page's `execCommand` paths (allowed by the
 * clipboardRead / clipboardWrite permissions) are tried instead.
 */
function defaultClipboard(): ClipboardLike {
  return {
    async readText() {
      try {
        return await navigator.clipboard.readText();
      } catch {
        const area = document.createElement('textarea');
        document.body.append(area);
        area.focus();
        const pasted = document.execCommand('paste');
        const text = area.value;
        area.remove();
        if (!pasted) throw new Error('clipboard not readable');
        return text;
      }
    },
    async writeText(text) {
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        const onCopy = (event: ClipboardEvent) => {
          event.clipboardData?.setData('text/plain', text);
          event.preventDefault();
        };
        document.addEventListener('copy', onCopy);
        const copied = document.execCommand('copy');
        document.removeEventListener('copy', onCopy);
        if (!copied) throw new Error('clipboard not writable');
      }
    },
  };
}

/**
 * Empties the clipboard if it still holds what Repère last copied; forgets that record either
 * way. Resolves to true when it cleared something. Never throws (an unreadable clipboard is left
 * as it is: it may hold something that is not ours).
 */
export async function clearClipboardIfOurs(clipboard: ClipboardLike = defaultClipboard()): Promise<boolean> {
  const record = await clipboardItem.getValue().catch(() => null);
  if (!record) return false;
  try {
    const current = await clipboard.readText();
    if (current === '' || (await sha256Hex(current)) !== record.digest) {
      await clipboardItem.setValue(null);
      return false;
    }
    await clipboard.writeText('');
    await clipboardItem.setValue(null);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies a value and clears it from the clipboard after 15 seconds (or when the page is hidden),
 * if it is still there. Resolves once copied; rejects when the browser refuses to copy.
 */
export async function copyWithClear(text: string, options: ClipboardOptions = {}): Promise<void> {
  const clipboard = options.clipboard ?? defaultClipboard();
  const target = options.target ?? window;
  await clipboard.writeText(text);
  await clipboardItem.setValue({ digest: await sha256Hex(text) });

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    target.clearTimeout(timer);
    target.removeEventListener('pagehide', finish);
    void clearClipboardIfOurs(clipboard);
  };
  const timer = target.setTimeout(finish, options.delayMs ?? CLEAR_AFTER_MS);
  target.addEventListener('pagehide', finish);
}
