// @ts-check
/**
 * Screenshots of Repère on fixture pages and extension pages, for people to look at (not a test).
 *   node tests/tools/screenshots.mjs [lang …]        e.g. `fr ar`  (default: fr ar)
 * Writes tests/.artifacts/screens/<lang>-<name>.png. Needs a build in .output/chrome-mv3.
 * Options: --pages id1,id2 (catalog ids or raw paths), --width 1280, --zoom 2 (device scale).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PORTAL_ORIGIN, startFixtureServer } from '../fixtures/server.mjs';
import { launchChromium, ROOT } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {string} */ fallback) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] ?? fallback : fallback;
const languages = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const catalog = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/site/catalog.json'), 'utf8'));
const pages = option('pages', 'dsfr/mon-compte,primeng/sejour-etudiant-4,dsfr/sejour-etudiant-3#error-after-load').split(',');
const extensionPages = option('extension', 'popup.html,options.html').split(',').filter(Boolean);
const width = Number(option('width', '1280'));
const outDir = resolve(ROOT, 'tests/.artifacts/screens');
mkdirSync(outDir, { recursive: true });

const server = await startFixtureServer();
const userDataDir = mkdtempSync(join(tmpdir(), 'repere-shots-'));
const context = await launchChromium({ userDataDir, fixturePort: server.port, viewport: { width, height: 900 } });
let [worker] = context.serviceWorkers();
worker ??= await context.waitForEvent('serviceworker');
const extensionId = new URL(worker.url()).host;

for (const language of languages.length ? languages : ['fr', 'ar']) {
  await worker.evaluate(async (lang) => {
    // @ts-ignore chrome is the extension API in the service worker
    const { settings } = await chrome.storage.local.get('settings');
    // @ts-ignore
    await chrome.storage.local.set({ settings: { dockSide: 'auto', panelOpen: true, ...settings, language: lang } });
  }, language);
  for (const id of pages) {
    const entry = catalog.find((/** @type {any} */ e) => e.id === id);
    const page = await context.newPage();
    await page.goto(PORTAL_ORIGIN + (entry ? entry.url : id));
    await page.getByRole('complementary', { name: /Repère/ }).waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(outDir, `${language}-${id.replace(/[^a-z0-9-]+/gi, '_')}.png`) });
    await page.close();
  }
  for (const path of extensionPages) {
    const page = await context.newPage();
    await page.setViewportSize(path.startsWith('popup') ? { width: 400, height: 640 } : { width, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(outDir, `${language}-${path.replace(/[^a-z0-9-]+/gi, '_')}.png`), fullPage: true });
    await page.close();
  }
}
await context.close();
await server.close();
rmSync(userDataDir, { recursive: true, force: true });
console.log(`Screenshots in ${outDir}`);
