/**
 * axe finds nothing (WCAG 2.0–2.2 A/AA) on the screens of shared computers, in French and Arabic:
 * the first-run question, "Privacy & this computer" (with the profile form open), the unlock
 * screens (pictures, and the own device's passphrase), the locked panel and popup, the 30-second
 * warning, the end-of-session checklist, and the printable summary. Screenshots of each screen go
 * to tests/.artifacts/privacy/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { flatPack } from '../components/test-i18n.ts';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './harness.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../.artifacts/privacy');
mkdirSync(ARTIFACTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });

async function setLanguage(worker: Worker, language: string) {
  await worker.evaluate(async (lang) => {
    await chrome.storage.local.set({ settings: { language: lang, dockSide: 'auto', panelOpen: true } });
  }, language);
}

/** Shows the 30-second warning in every context, as the background does when the idle time ends. */
async function showWarning(worker: Worker, erase: boolean) {
  await worker.evaluate(async (e) => {
    await chrome.storage.local.set({ lockState: { state: 'open', warning: { endsAt: Date.now() + 30_000, erase: e } } });
  }, erase);
}

async function goTo(page: Page, section: string) {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/${section}`);
}

for (const language of ['fr', 'ar'] as const) {
  const t = (key: string) => flatPack(language, 'privacy').get(key)!;

  test.describe(`${language}`, () => {
    test.use({ deviceMode: 'shared' });

    test(`shared computer screens have no axe violations (${language})`, async ({ anef, extension, serviceWorker }) => {
      test.setTimeout(120_000);
      await setLanguage(serviceWorker, language);
      const welcome = await extension.open('options.html#/welcome');
      await expect(welcome.getByRole('heading', { level: 1, name: t('welcome.title') })).toBeVisible();
      await expectNoAxeViolations(welcome, { label: `${language} welcome` });
      await shot(welcome, `${language}-welcome`);

      const dashboard = await extension.open('options.html#/privacy');
      await expect(dashboard.getByRole('heading', { name: t('session.title') })).toBeVisible();
      await dashboard.getByText(t('profiles.create'), { exact: true }).click();
      await dashboard.locator('form.repere-profile-form').getByRole('button', { name: t('profiles.createButton') }).click();
      await expect(dashboard.getByRole('alert').first()).toBeVisible();
      await expectNoAxeViolations(dashboard, { label: `${language} privacy, profile form with errors` });
      await shot(dashboard, `${language}-profile-form`);

      const form = dashboard.locator('form.repere-profile-form');
      await form.getByRole('radio').first().check();
      await form.getByLabel(t('passphrase.new')).fill('une phrase de test');
      await form.getByLabel(t('passphrase.again')).fill('une phrase de test');
      await form.getByRole('button', { name: t('profiles.createButton') }).click();
      await expect(dashboard.getByRole('status').filter({ hasText: t('profiles.created') })).toBeVisible();
      await expectNoAxeViolations(dashboard, { label: `${language} privacy, profile open` });
      await shot(dashboard, `${language}-privacy-profile-open`);

      await showWarning(serviceWorker, false);
      await expect(dashboard.getByRole('button', { name: t('warning.stillHere') })).toBeVisible();
      await expectNoAxeViolations(dashboard, { label: `${language} warning` });
      const page = await anef.open('dsfr/mon-compte');
      const panel = anef.panel(page);
      await expect(panel.getByRole('button', { name: t('warning.stillHere') })).toBeVisible();
      await expectNoAxeViolations(page, { include: 'repere-panel', label: `${language} panel warning` });
      await shot(page, `${language}-panel-warning`);
      await panel.getByRole('button', { name: t('warning.stillHere') }).click();
      await expect(panel.getByRole('button', { name: t('warning.stillHere') })).toHaveCount(0);

      await dashboard.getByRole('button', { name: t('lockNow') }).click();
      await goTo(dashboard, 'procedures');
      await expect(dashboard.getByRole('heading', { name: t('unlock.profilesTitle') })).toBeVisible();
      await expectNoAxeViolations(dashboard, { label: `${language} unlock (pictures)` });
      await shot(dashboard, `${language}-unlock-pictures`);
      await dashboard.getByRole('button', { name: t('unlock.button'), exact: true }).click();
      await expect(dashboard.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(dashboard, { label: `${language} unlock, wrong` });
      await expect(panel.getByRole('heading', { name: t('locked.title') })).toBeVisible();
      await expectNoAxeViolations(page, { include: 'repere-panel', label: `${language} panel locked` });
      await shot(page, `${language}-panel-locked`);
      const popup = await extension.open('popup.html');
      await expect(popup.getByRole('heading', { name: t('locked.title') })).toBeVisible();
      await expectNoAxeViolations(popup, { label: `${language} popup locked` });
      await shot(popup, `${language}-popup-locked`);

      await dashboard.getByRole('button', { name: t('unlock.guest') }).click();
      await goTo(dashboard, 'privacy');
      await dashboard.getByRole('button', { name: t('erase.button') }).click();
      await expectNoAxeViolations(dashboard, { label: `${language} erase confirmation` });
      await dashboard.getByRole('button', { name: t('erase.yes') }).click();
      await expect(dashboard.getByRole('heading', { name: t('endOfSession.title') })).toBeVisible();
      await expectNoAxeViolations(dashboard, { label: `${language} end of session` });
      await shot(dashboard, `${language}-end-of-session`);

      const summary = await extension.open('summary.html');
      await expect(summary.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(summary.getByText(flatPack(language, 'common').get('language.machineShort')!)).toHaveCount(language === 'ar' ? 1 : 0);
      await expectNoAxeViolations(summary, { label: `${language} summary` });
    });
  });

  test.describe(`${language} own device`, () => {
    test(`own device screens have no axe violations (${language})`, async ({ extension, serviceWorker }) => {
      await setLanguage(serviceWorker, language);
      const dashboard = await extension.open('options.html#/privacy');
      const section = dashboard.getByRole('region', { name: t('ownPassphrase.title') });
      await expect(section).toBeVisible();
      await expectNoAxeViolations(dashboard, { label: `${language} own privacy` });
      await section.getByLabel(t('passphrase.new')).fill('une phrase de test');
      await section.getByLabel(t('passphrase.again')).fill('une phrase de test');
      await section.getByRole('button', { name: t('ownPassphrase.set') }).click();
      await expect(section.getByRole('status')).toHaveText(t('ownPassphrase.saved'));
      await dashboard.getByRole('button', { name: t('lockNow') }).click();
      await expect(dashboard.getByRole('heading', { name: t('unlock.ownTitle') })).toBeVisible();
      await dashboard.getByText(t('unlock.forgot')).click();
      await expectNoAxeViolations(dashboard, { label: `${language} own unlock` });
      await shot(dashboard, `${language}-own-unlock`);
    });
  });
}
