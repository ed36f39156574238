// @ts-check
/**
 * A private Xvfb X server for tests that need a real screen session: in Chromium's headless mode
 * the idle API never reports "idle" (probed: `chrome.idle.queryState` stays "active"), while a
 * headed Chromium on Xvfb reports "idle" once nobody used the X server's keyboard or mouse for
 * the detection interval. Playwright's clicks go through DevTools, not through X, so they do not
 * count as activity. The screen saver is off (`-s 0`): the screen never "locks".
 * Needs Debian's xvfb package (tests/tools/browsers.mjs installs it).
 */
import { spawn } from 'node:child_process';

/** @returns {Promise<{ display: string, close(): void }>} */
export function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp', '-s', '0', '-dpms'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let text = '';
    const fd3 = /** @type {import('node:stream').Readable} */ (child.stdio[3]);
    fd3.on('data', (chunk) => {
      text += String(chunk);
      const match = /^(\d+)\n/.exec(text);
      if (match) resolve({ display: `:${match[1]}`, close: () => void child.kill() });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
}
