// @ts-check
/**
 * `npm start`: builds Repère and opens Chromium with it, on the local copy of the ANEF site
 * (synthetic fixture pages under the real host name), so anyone can see it work without an ANEF
 * account, plus Repère's own practice mode (simulated screens for workshops). Installs Debian's
 * Chromium first when it is missing.
 *
 *   npm start                          opens a window; close it (or Ctrl+C) to stop
 *   npm start -- --screenshot a.png    also saves a screenshot of the ANEF tab after start-up
 *   npm start -- --exit                closes again after start-up (with --screenshot: for checks)
 *
 * Without a screen (no DISPLAY), run it under xvfb-run: `xvfb-run -a npm start -- --screenshot a.png --exit`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORTAL_ORIGIN, startFixtureServer } from '../fixtures/server.mjs';
import { ensureSystemPackages } from './browsers.mjs';
import { launchChromium, ROOT } from './chromium.mjs';

const args = process.argv.slice(2);
const screenshotAt = args.includes('--screenshot') ? args[args.indexOf('--screenshot') + 1] : undefined;
const exitAfterStart = args.includes('--exit');

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No screen found (DISPLAY is not set). Run this from a desktop session, or try:\n'
    + '  xvfb-run -a npm start -- --screenshot repere.png --exit');
  process.exit(1);
}

ensureSystemPackages({ firefox: false });
console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const server = await startFixtureServer();
const userDataDir = mkdtempSync(join(tmpdir(), 'repere-start-'));
const context = await launchChromium({ userDataDir, fixturePort: server.port, headless: false, viewport: null,
  extraArgs: ['--window-size=1400,900'] });

const [first] = context.pages();
const siteMap = first ?? (await context.newPage());
await siteMap.goto(`${PORTAL_ORIGIN}/__fixtures/index.html`);
const anef = await context.newPage();
await anef.goto(`${PORTAL_ORIGIN}/usagers/#/espace-personnel/mon-compte`);
await anef.getByRole('complementary', { name: /Repère/ }).first().waitFor({ timeout: 15_000 });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const practiceUrl = `chrome-extension://${new URL(worker.url()).host}/practice.html`;
const practice = await context.newPage();
await practice.goto(practiceUrl);
await anef.bringToFront();

console.log(`\nRepère is running in Chromium on the practice copy of ANEF:
  ${PORTAL_ORIGIN}/__fixtures/index.html  (list of every practice page)
and its practice mode for workshops: ${practiceUrl}
Close the browser window to stop.`);

if (screenshotAt) {
  await anef.screenshot({ path: screenshotAt });
  console.log(`Screenshot saved to ${screenshotAt}`);
}

async function stop() {
  await context.close().catch(() => {});
  await server.close();
  rmSync(userDataDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
if (exitAfterStart) await stop();
else context.on('close', () => void stop());
