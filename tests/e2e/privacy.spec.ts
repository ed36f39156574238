/**
 * Privacy proof: across a journey through every fixture page, every dashboard section, the popup
 * and practice mode, in every shipped language, the browser asks for nothing but the fixture ANEF
 * site and the extension's own files; nothing of ours lands in the page's storage; nothing of the
 * test person appears in the console.
 *
 * Every request of the browser goes through a recording proxy that only reaches the fixture host
 * names. Chromium itself (component updates, Google sign-in) also calls out; those requests are not
 * made by any page, worker or extension context — Playwright sees every request of those and each
 * one must be for the fixture site or the extension.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AVAILABLE_LANGUAGES } from '../../utils/i18n/languages.ts';
import { portalEntries } from '../fixtures/catalog.ts';
import { PORTAL_ORIGIN, startConnectProxy, startFixtureServer } from '../fixtures/server.mjs';
import { launchChromium } from '../tools/chromium.mjs';

/**
 * Chromium's own background services (component updates, sign-in, form autofill hints): Google
 * hosts that no page, worker or extension context of ours ever asks for (checked just below).
 */
const BROWSER_SERVICES = /^(CONNECT |POST http:\/\/|GET http:\/\/)([a-z0-9-]+\.)*(googleapis\.com|google\.com|gvt1\.com|gstatic\.com)(:443)?\b/;

test('the journey makes no request except to the fixture site and the extension itself', async () => {
  test.setTimeout(240_000);
  const server = await startFixtureServer();
  const proxy = await startConnectProxy({ targetPort: server.port });
  const userDataDir = mkdtempSync(join(tmpdir(), 'repere-privacy-'));
  const context = await launchChromium({ userDataDir, fixturePort: server.port, proxyPort: proxy.port });
  const urls: string[] = [];
  const fromWorker: string[] = [];
  const consoleLines: string[] = [];
  context.on('request', (request) => {
    urls.push(request.url());
    if (request.serviceWorker()) fromWorker.push(request.url());
  });
  context.on('console', (message) => consoleLines.push(message.text()));
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}/`;
    const page = await context.newPage();

    for (const language of AVAILABLE_LANGUAGES) {
      await worker.evaluate(async (lang) => {
        await chrome.storage.local.set({ settings: { language: lang, dockSide: 'auto', panelOpen: true } });
      }, language.code);
      const entries = language.code === 'fr' ? portalEntries : portalEntries.filter((_, index) => index % 9 === 0);
      for (const entry of entries) {
        await page.goto(PORTAL_ORIGIN + entry.url);
        await expect(page.getByRole('complementary', { name: /Repère/ })).toBeVisible();
        expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), entry.id).toEqual([0, 0, '']);
      }
      for (const path of ['popup.html', 'practice.html', ...['procedures', 'documents', 'failure', 'help', 'privacy', 'settings'].map((s) => `options.html#/${s}`)]) {
        await page.goto(extensionOrigin + path);
        await expect(page.locator('#root')).not.toBeEmpty();
      }
    }
    await page.waitForTimeout(500);

    // The service worker's own requests are seen too (it reads the language packs for the panel).
    expect(fromWorker.some((url) => url.startsWith(`${extensionOrigin}i18n/`))).toBe(true);
    const ours = urls.filter((url) => !url.startsWith(`${PORTAL_ORIGIN}/`) && !url.startsWith(extensionOrigin) && !/^(data|blob):/.test(url));
    expect(ours).toEqual([]);
    expect(proxy.refused.filter((line) => !BROWSER_SERVICES.test(line))).toEqual([]);
    expect(server.requests.every((request) => /^\/(usagers\/|particuliers\/|__fixtures\/|favicon\.ico)/.test(request.path))).toBe(true);
    expect(consoleLines.filter((line) => /TESTEUR|1234567890|7501202601150000123/.test(line))).toEqual([]);
  } finally {
    await context.close();
    await proxy.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
