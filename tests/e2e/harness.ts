/**
 * Playwright fixtures for Repère's end-to-end tests in Debian's Chromium.
 *
 *   test('…', async ({ anef, extension, serviceWorker }) => {
 *     const page = await anef.open('dsfr/mon-compte');          // a catalog id, or a path
 *     await expect(anef.panel(page)).toBeVisible();
 *     const popup = await extension.open('popup.html');
 *   });
 *
 * Each test gets a fresh browser profile with the built extension (.output/chrome-mv3) and the
 * fixture site on the real ANEF host name. `browserProfile.relaunch()` closes the browser and
 * starts it again on the same profile (for "survives a restart" tests).
 *
 * First run: Repère opens its welcome tab (options.html#/welcome: "own device or shared
 * computer?") when installed. The harness closes that tab before the test starts, then answers
 * the question through the service worker with the test's `deviceMode` — 'own' by default, so that
 * the person's data persists as it always did; `test.use({ deviceMode: 'shared' })` for a shared
 * computer, `null` to leave the question unanswered (and `firstRunTab: 'keep'` to test the tab).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { fixture, type CatalogEntry } from '../fixtures/catalog.ts';
import { PORTAL_ORIGIN, startFixtureServer, type FixtureServer } from '../fixtures/server.mjs';
import { launchChromium } from '../tools/chromium.mjs';

export interface BrowserProfile {
  userDataDir: string;
  /** Closes the running browser and launches a new one on the same profile. */
  relaunch(): Promise<BrowserContext>;
}

export interface AnefSite {
  /** Opens a catalog fixture (by id) or a raw portal path in a new tab, once the page rendered. */
  open(idOrPath: string, page?: Page): Promise<Page>;
  /** The URL of a catalog fixture or raw path on the portal host. */
  url(idOrPath: string): string;
  /** Repère's panel landmark on an ANEF page. */
  panel(page: Page): Locator;
}

export interface ExtensionPages {
  /** Opens an extension page (`popup.html`, `options.html#/documents` …) in a new tab. */
  open(path: string): Promise<Page>;
  url(path: string): string;
  /**
   * Presses Repère's toolbar icon on the tab of `page`, as a person would: the browser then
   * gives the extension the activeTab grant for that tab (CDP `Extensions.triggerAction`).
   */
  clickToolbarIcon(page: Page): Promise<void>;
}

interface TestFixtures {
  /** The answer to the first-run question the harness gives before the test ('own' by default). */
  deviceMode: 'own' | 'shared' | null;
  /** 'close' (default): the welcome tab is closed before the test; 'keep': left open. */
  firstRunTab: 'close' | 'keep';
  browserProfile: BrowserProfile;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  anef: AnefSite;
  extension: ExtensionPages;
}

interface WorkerFixtures {
  fixtureServer: FixtureServer;
}

function entryUrl(idOrPath: string): { url: string; entry?: CatalogEntry } {
  if (idOrPath.startsWith('/')) return { url: PORTAL_ORIGIN + idOrPath };
  const entry = fixture(idOrPath);
  const origin = entry.host ? `https://${entry.host}` : PORTAL_ORIGIN;
  return { url: origin + entry.url, entry };
}

/** The welcome tab Repère opens when installed (waits for it: it opens right after install). */
export async function welcomeTab(context: BrowserContext): Promise<Page> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const page = context.pages().find((candidate) => /\/options\.html#\/welcome$/.test(candidate.url()));
    if (page) return page;
    if (Date.now() > deadline) throw new Error('Repère did not open its first-run tab');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  deviceMode: ['own', { option: true }],
  firstRunTab: ['close', { option: true }],

  fixtureServer: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  browserProfile: async ({ fixtureServer }, use) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'repere-e2e-'));
    let current: BrowserContext | undefined;
    const profile: BrowserProfile & { launch(): Promise<BrowserContext> } = {
      userDataDir,
      async launch() {
        current = await launchChromium({
          userDataDir,
          fixturePort: fixtureServer.port,
          // Lets `extension.clickToolbarIcon` press the toolbar icon through CDP
          // `Extensions.triggerAction`: the only way to give the activeTab grant without a real click.
          extraArgs: ['--enable-unsafe-extension-debugging'],
        });
        return current;
      },
      async relaunch() {
        await current?.close();
        return profile.launch();
      },
    };
    await use(profile);
    await current?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },

  context: async ({ browserProfile, deviceMode, firstRunTab }, use) => {
    const context = await (browserProfile as BrowserProfile & { launch(): Promise<BrowserContext> }).launch();
    const welcome = await welcomeTab(context);
    if (firstRunTab === 'close') await welcome.close();
    if (deviceMode !== null) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await worker.evaluate(async (mode) => {
        await chrome.storage.local.set({ device: { mode } });
      }, deviceMode);
    }
    await use(context);
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  anef: async ({ context }, use) => {
    const site: AnefSite = {
      url: (idOrPath) => entryUrl(idOrPath).url,
      async open(idOrPath, existing) {
        const { url, entry } = entryUrl(idOrPath);
        const page = existing ?? (await context.newPage());
        await page.goto(url);
        if (entry?.page.startsWith('pages/') && entry.page !== 'pages/maintenance.html' && !entry.host) {
          const id = entry.page.slice('pages/'.length, -'.html'.length);
          await expect(page.locator('html')).toHaveAttribute('data-fixture-id', id);
        }
        return page;
      },
      panel: (page) => page.getByRole('complementary', { name: /Repère/ }),
    };
    await use(site);
  },

  extension: async ({ context, extensionId }, use) => {
    const url = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
    await use({
      url,
      async open(path) {
        const page = await context.newPage();
        await page.goto(url(path));
        return page;
      },
      async clickToolbarIcon(page) {
        const session = await context.browser()!.newBrowserCDPSession();
        const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const tab = targetInfos.find((target) => target.url === page.url());
        if (!tab) throw new Error(`no tab target for ${page.url()}`);
        await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
        await session.detach();
      },
    });
  },
});

export { expect };
