/**
 * The foundation works end to end in Chromium: the built extension loads, its content script
 * mounts on a fixture ANEF page served under the real host name, and the popup and dashboard
 * render. Not on the SSO host.
 */
import { expect, test } from './harness.ts';

test('the panel mounts on an ANEF fixture page', async ({ anef }) => {
  const page = await anef.open('dsfr/mon-compte');
  await expect(anef.panel(page)).toBeVisible();
  await expect(page.locator('repere-panel')).toHaveCount(1);
});

test('the popup and the dashboard render', async ({ extension }) => {
  const popup = await extension.open('popup.html');
  await expect(popup.getByRole('heading', { level: 1, name: /Repère/ })).toBeVisible();
  const dashboard = await extension.open('options.html');
  await expect(dashboard.getByRole('navigation')).toBeVisible();
  await expect(dashboard.getByRole('heading', { level: 1 })).toBeVisible();
});

test('nothing runs on the SSO login page', async ({ anef }) => {
  const page = await anef.open('sso/login');
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  // Give a content script every chance to appear, then check it did not.
  await page.waitForTimeout(1500);
  await expect(page.locator('repere-panel')).toHaveCount(0);
});
