/**
 * Firefox end-to-end harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
 * (Playwright cannot drive a stock Firefox: toolchain pitfall 10), with the Firefox build of
 * Repère installed as a temporary add-on.
 *
 * Firefox has no --host-resolver-rules, so it goes through a local CONNECT proxy that tunnels only
 * the two ANEF host names to the fixture server. The add-on gets a fixed moz-extension:// UUID
 * through the `extensions.webextensions.uuids` pref so tests know its page URLs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  PORTAL_ORIGIN,
  startConnectProxy,
  startFixtureServer,
  type ConnectProxy,
  type FixtureServer,
} from '../fixtures/server.mjs';
import { fixture } from '../fixtures/catalog.ts';
import { firefoxPath } from '../tools/browsers.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');
export const GECKO_ID = 'repere@repere-anef.org';
export const EXTENSION_UUID = '6f0c2d1e-4b7a-4c55-9d1e-2a3b4c5d6e7f';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  server: FixtureServer;
  proxy: ConnectProxy;
  /** Opens a catalog fixture (by id) or a raw portal path in a new tab. */
  openAnef(idOrPath: string): Promise<Page>;
  /** Opens an extension page (popup.html, options.html …); waits until its document is there. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches firefox-esr headless with the add-on installed and the fixture site reachable. */
export async function launchFirefox(options: { profileDir?: string } = {}): Promise<FirefoxSession> {
  const server = await startFixtureServer();
  const proxy = await startConnectProxy({ targetPort: server.port });
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'repere-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profileDir,
    // Lets the Remote Settings pref below take effect in a release build.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    // Without it, BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Firefox's own background services (Remote Settings…) would otherwise call Mozilla:
      // they are the browser's requests, not Repère's, and the closed network refuses them.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'app.normandy.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'intl.locale.requested': 'fr',
      'intl.accept_languages': 'fr-FR, fr',
    },
  });
  await browser.installExtension(FIREFOX_BUILD);

  return {
    browser,
    server,
    proxy,
    async openAnef(idOrPath) {
      const entry = idOrPath.startsWith('/') ? undefined : fixture(idOrPath);
      const page = await browser.newPage();
      await page.goto(PORTAL_ORIGIN + (entry ? entry.url : idOrPath));
      if (entry && entry.page !== 'pages/maintenance.html') {
        const id = entry.page.slice('pages/'.length, -'.html'.length);
        await page.waitForFunction((want) => document.documentElement.dataset.fixtureId === want, {}, id);
      }
      return page;
    },
    async openExtensionPage(path, ready) {
      const page = await browser.newPage();
      // goto() never resolves for moz-extension:// pages (toolchain pitfall 10): wait on the document.
      void page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => {});
      await untilExtensionDocument(page, ready);
      return page;
    },
    async close() {
      await browser.close();
      await proxy.close();
      await server.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the tab shows the extension document and `ready` matches in it, with plain
 * evaluations asked again until the deadline.
 *
 * Not `page.waitForFunction`: that first injects puppeteer's helper script and keeps the result for
 * the page's realm, failure included, until Firefox announces a new realm. When the injection lands
 * while the tab is leaving about:blank, Firefox's remote agent fails it ("right-hand side of 'in'
 * should be an object, got null") and no new realm is announced for a moz-extension:// page, so
 * every later wait on that tab failed the same way for 15 s (seen twice on CI). A plain evaluation
 * keeps nothing, so the next one reaches the loaded page; the helper is injected later, into it.
 */
async function untilExtensionDocument(page: Page, ready: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const check = page.evaluate(
      (selector) => location.protocol === 'moz-extension:' && !!document.querySelector(selector),
      ready,
    );
    check.catch(() => {}); // an evaluation abandoned by the timeout below may still fail later
    try {
      if (await Promise.race([check, sleep(2_000, false)])) return;
    } catch (error) {
      lastError = error;
    }
    await sleep(100);
  }
  throw new Error(`The extension page never showed "${ready}" within ${timeoutMs} ms.`, { cause: lastError });
}
