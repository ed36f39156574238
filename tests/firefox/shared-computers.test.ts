/**
 * Shared computers in Firefox (MV2 event page, firefox-esr over BiDi): session storage works for
 * the background and Repère's pages; a protected profile is created, its data never lands in
 * local storage in clear; "Lock now" leaves only the locked state in the open panel.
 *
 * Not checked here: that the content script cannot read session storage. Firefox does not expose
 * `storage.session` to content scripts by default (MDN, storage.session); firefox-esr 153 has no
 * `setAccessLevel` (probed), so the background's explicit call is skipped there. BiDi gives no
 * handle on the content script's world to prove it, so the e2e proof runs in Chromium
 * (tests/e2e/shared-computers.spec.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness.ts';

let firefox: FirefoxSession;

beforeAll(async () => {
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
});

const panelText = (page: Page) => page.evaluate(() => document.querySelector('repere-panel')?.shadowRoot?.textContent ?? '');

test('a protected profile: session storage works, nothing in clear on disk, and "Lock now" empties the panel', async () => {
  const dashboard = await firefox.openExtensionPage('options.html#/procedures', 'select');
  const storage = await dashboard.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    await api.storage.local.set({ device: { mode: 'shared' } });
    await api.storage.session.set({ probe: 1 });
    const read = await api.storage.session.get('probe');
    await api.storage.session.remove('probe');
    return read;
  });
  expect(storage).toEqual({ probe: 1 });

  await dashboard.select('main select', 'etudiant-renouvellement');
  await dashboard.evaluate(() => { location.hash = '#/privacy'; });
  await dashboard.waitForSelector('details.repere-change summary');
  await dashboard.evaluate(() => {
    const summary = [...document.querySelectorAll('details.repere-change summary')].find((element) => element.textContent?.includes('profil protégé'));
    (summary as HTMLElement).click();
  });
  await dashboard.click('form.repere-profile-form input[value="sun"]');
  const fields = await dashboard.$$('form.repere-profile-form input[autocomplete="new-password"]');
  for (const field of fields) await field.type('soleil du matin 7');
  await dashboard.click('form.repere-profile-form button[type="submit"]');
  await dashboard.waitForFunction(() => document.body.textContent?.includes('Votre profil protégé est créé'), { timeout: 20_000 });

  const local = await dashboard.evaluate(async () => JSON.stringify(await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get()));
  expect(local).toContain('"profiles"');
  expect(local).not.toContain('etudiant-renouvellement');

  const page = await firefox.openAnef('dsfr/home');
  // The followed procedure is the heading of the checklist slot (the picker lists every name).
  const followed = () => [...document.querySelector('repere-panel')?.shadowRoot?.querySelectorAll('h4') ?? []].some((heading) => heading.textContent?.includes('Étudiant : renouvellement'));
  await page.waitForFunction(followed, { timeout: 15_000 });
  await dashboard.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((element) => element.textContent?.includes('Verrouiller maintenant'));
    (button as HTMLElement).click();
  });
  await page.waitForFunction(() => document.querySelector('repere-panel')?.shadowRoot?.textContent?.includes('Repère est verrouillé'), { timeout: 15_000 });
  expect(await panelText(page)).not.toContain('Mes étapes');
  expect(await page.evaluate(followed)).toBe(false);
  await page.close();
  await dashboard.close();
});
