/**
 * The overlay in Firefox: it follows a hash route, and a language chosen in the popup turns the
 * open panel to Arabic, right to left, at once.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness.ts';

let firefox: FirefoxSession;

beforeAll(async () => {
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
});

/** Runs in the page (serialised: no closure), so the attribute name is an argument. */
const rootAttribute = (name: string) => {
  const root = document.querySelector('repere-panel')?.shadowRoot?.querySelector('.repere-root');
  return root?.getAttribute(name) ?? null;
};

test('follows a hash route', async () => {
  const page = await firefox.openAnef('dsfr/home');
  await page.waitForFunction(() => document.querySelector('repere-panel')?.shadowRoot?.querySelector('h3')?.textContent?.includes("page d'accueil"));
  await page.evaluate(() => { location.hash = '#/espace-personnel/connexion-inscription'; });
  await page.waitForFunction(() => document.querySelector('repere-panel')?.shadowRoot?.querySelector('h3')?.textContent?.includes('se connecter'));
  await page.close();
});

test('a language chosen in the popup applies to the panel at once', async () => {
  const page = await firefox.openAnef('primeng/mon-compte');
  await page.waitForFunction(rootAttribute, {}, 'dir');
  expect(await page.evaluate(rootAttribute, 'dir')).toBe('ltr');
  const popup = await firefox.openExtensionPage('popup.html', 'select');
  await popup.select('select', 'ar');
  await page.waitForFunction(() => document.querySelector('repere-panel')?.shadowRoot?.querySelector('.repere-root')?.getAttribute('dir') === 'rtl', { timeout: 10_000 });
  expect(await page.evaluate(rootAttribute, 'lang')).toBe('ar');
  expect(await page.evaluate(() => document.documentElement.getAttribute('dir'))).toBeNull();
});
