/**
 * The foundation works in Firefox (firefox-esr, WebDriver BiDi): the add-on installs, its content
 * script mounts on a fixture ANEF page reached through the CONNECT proxy, and the popup and the
 * dashboard render.
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

test('the panel mounts on an ANEF fixture page', async () => {
  const page = await firefox.openAnef('dsfr/mon-compte');
  const landmark = await page.waitForSelector('repere-panel >>> aside[aria-label*="Repère"]', { timeout: 15_000 });
  expect(landmark).not.toBeNull();
  const heading = await page.waitForSelector('repere-panel >>> h2');
  expect(await heading?.evaluate((element) => element.textContent)).toContain('Repère');
  await page.close();
});

test('the popup and the dashboard render', async () => {
  const popup = await firefox.openExtensionPage('popup.html', 'h1');
  expect(await popup.$eval('h1', (element) => element.textContent)).toContain('Repère');
  const dashboard = await firefox.openExtensionPage('options.html', 'nav');
  expect(await dashboard.$$eval('nav a', (links) => links.length)).toBe(6);
});

test('no request left the fixture site', () => {
  expect(firefox.proxy.refused).toEqual([]);
});
