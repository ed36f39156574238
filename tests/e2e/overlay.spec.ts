/**
 * The overlay in Chromium on the fixture site: on every fixture page, following hash routes and
 * in-route steps, errors after load, Arabic (RTL, other side, survives a restart), one language
 * everywhere at once, the keyboard shortcut, and ANEF's page left working and unstyled by us.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { portalEntries } from '../fixtures/catalog.ts';
import { expect, test } from './harness.ts';

const frPages = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../locales/fr/pages.json'), 'utf8')) as {
  kind: Record<string, { name: string }>;
};

async function setLanguageFromPanel(page: Page, language: string) {
  await page.getByRole('complementary', { name: /Repère/ }).getByRole('combobox', { name: /Langue/ }).selectOption(language);
}

test('the panel is on every fixture page, names the page, and always has "Ça ne marche pas"', async ({ anef, context }) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  for (const entry of portalEntries) {
    await anef.open(entry.id, page);
    const panel = anef.panel(page);
    const kindName = frPages.kind[entry.expect!.kind]!.name;
    await expect(panel.getByRole('heading', { name: `Vous êtes sur : ${kindName}` }), entry.id).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Ça ne marche pas' }), entry.id).toBeVisible();
    if (entry.expect?.formStep) {
      await expect(panel.getByText(`Étape ${entry.expect.formStep.index} sur 6`), entry.id).toBeVisible();
    }
    if (entry.expect?.errorText) await expect(panel.getByText(entry.expect.errorText), entry.id).toBeVisible();
  }
});

test('hash navigation updates the page name without a reload', async ({ anef }) => {
  const page = await anef.open('dsfr/home');
  const panel = anef.panel(page);
  await expect(panel.getByRole('heading', { name: /la page d'accueil du site ANEF/ })).toBeVisible();
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await page.locator('main').getByRole('link', { name: /Je demande ou renouvelle un titre de séjour/ }).first().click();
  await expect(panel.getByRole('heading', { name: /la page pour se connecter ou créer un compte/ })).toBeVisible();
  await page.evaluate(() => { location.hash = '#/espace-personnel/mon-compte'; });
  await expect(panel.getByRole('heading', { name: /votre espace personnel ANEF/ })).toBeVisible();
  await page.goBack();
  await expect(panel.getByRole('heading', { name: /la page pour se connecter ou créer un compte/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});

test('form steps inside one route, tabs and an error after load are followed', async ({ anef }) => {
  const page = await anef.open('dsfr/sejour-etudiant-1');
  const panel = anef.panel(page);
  await expect(panel.getByText('Étape 1 sur 6')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer et poursuivre' }).click();
  await expect(panel.getByText('Étape 2 sur 6')).toBeVisible();

  await anef.open('primeng/mon-compte', page);
  await expect(panel.getByRole('heading', { name: /votre espace personnel ANEF/ })).toBeVisible();
  await page.locator('[data-fixture-tab="nationalite"]').click();
  await expect(panel.getByRole('heading', { name: /nationalité française/ })).toBeVisible();

  await anef.open('dsfr/sejour-etudiant-3#error-after-load', page);
  await expect(panel.getByRole('heading', { name: /une page ANEF qui affiche une erreur/ })).toBeVisible();
  await expect(panel.getByText('Une erreur technique est survenue. Veuillez réessayer ultérieurement.')).toBeVisible();
  await expect(panel.getByText('Étape 3 sur 6')).toBeVisible();
});

test('Arabic: right to left, on the other side, kept after a browser restart', async ({ anef, browserProfile }) => {
  const page = await anef.open('dsfr/mon-compte');
  const panel = anef.panel(page);
  const root = page.locator('repere-panel .repere-root');
  await expect(root).toHaveAttribute('dir', 'ltr');
  const before = await panel.boundingBox();
  expect(before!.x).toBeGreaterThan(640);

  await setLanguageFromPanel(page, 'ar');
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(root).toHaveAttribute('lang', 'ar');
  await expect(panel.getByRole('button', { name: 'لا يعمل' })).toBeVisible();
  await expect.poll(async () => (await panel.boundingBox())!.x).toBeLessThan(10);
  // ANEF's own page keeps its language and direction.
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await page.locator('html').getAttribute('dir')).toBeNull();

  const context = await browserProfile.relaunch();
  const again = await context.newPage();
  await anef.open('dsfr/home', again);
  await expect(again.locator('repere-panel .repere-root')).toHaveAttribute('dir', 'rtl');
  await expect(again.getByRole('complementary', { name: /Repère/ }).getByRole('heading', { name: /الصفحة الرئيسية/ })).toBeVisible();
});

test('a language chosen in the dashboard applies to the open panel and popup at once', async ({ anef, extension }) => {
  const page = await anef.open('primeng/home');
  const dashboard = await extension.open('options.html#/settings');
  await dashboard.getByRole('combobox', { name: /Langue/ }).first().selectOption('en');
  await expect(dashboard.locator('html')).toHaveAttribute('lang', 'en');
  await expect(anef.panel(page).getByRole('heading', { name: /You are on: the ANEF home page/ })).toBeVisible();
  const popup = await extension.open('popup.html');
  await expect(popup.getByRole('button', { name: "It doesn't work" })).toBeVisible();
});

test('"Ça ne marche pas" leads to the incident journal and the failure steps', async ({ anef, context }) => {
  const page = await anef.open('dsfr/sejour-etudiant-4#upload-error');
  await anef.panel(page).getByRole('button', { name: 'Ça ne marche pas' }).click();
  await expect(anef.panel(page).getByRole('heading', { name: 'Garder une preuve de ce problème' })).toBeFocused();
  const opened = context.waitForEvent('page');
  await anef.panel(page).getByRole('button', { name: 'Voir les étapes : CCC, PAN, lettre' }).click();
  const dashboard = await opened;
  await expect(dashboard).toHaveURL(/options\.html#\/failure$/);
  await expect(dashboard.getByRole('heading', { level: 1, name: 'Si ANEF ne marche pas' })).toBeVisible();
});

test('Alt+Shift+R takes the keyboard to the panel, Escape folds it', async ({ anef }) => {
  const page = await anef.open('dsfr/sejour-etudiant-2');
  await page.getByLabel(/Nom de l'établissement/).focus();
  await page.keyboard.press('Alt+Shift+KeyR');
  const focused = () => page.evaluate(() => {
    const host = document.activeElement;
    return host?.shadowRoot?.activeElement?.textContent ?? host?.tagName;
  });
  await expect.poll(focused).toContain('Repère');
  await page.keyboard.press('Escape');
  await expect(anef.panel(page).getByRole('button', { name: 'Aide' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(focused).toContain('Repère');
});

test("ANEF's page keeps working and keeps its own look; nothing is written to its storage", async ({ anef }) => {
  const page = await anef.open('dsfr/sejour-etudiant-1');
  // The fixture router itself sets data-fixture-id; everything else on <html> must stay ANEF's.
  const htmlAttributes = () => page.evaluate(() => [...document.documentElement.attributes]
    .filter((a) => a.name !== 'data-fixture-id').map((a) => `${a.name}=${a.value}`));
  const htmlBefore = await htmlAttributes();
  const next = page.getByRole('button', { name: 'Enregistrer et poursuivre' });
  // Styles do not cross the shadow boundary either way: ANEF keeps its uppercase buttons…
  await expect(next).toHaveCSS('text-transform', 'uppercase');
  // …and the panel keeps its own.
  await expect(anef.panel(page).getByRole('button', { name: 'Ça ne marche pas' })).toHaveCSS('text-transform', 'none');
  await expect(anef.panel(page).getByRole('heading', { level: 2 })).toHaveCSS('font-size', '20px');
  // The panel never covers the button: Playwright refuses to click a covered element.
  await next.click({ timeout: 5000 });
  await expect(anef.panel(page).getByText('Étape 2 sur 6')).toBeVisible();
  const submissions = await page.evaluate(() => (window as unknown as { __fixtureSubmissions: { step: number; values: Record<string, unknown> }[] }).__fixtureSubmissions);
  expect(submissions[0]?.step).toBe(1);
  expect(submissions[0]?.values).toMatchObject({ NOM_USAGE: 'TESTEUR', TELEPHONE_PORTABLE: '06 39 98 00 00' });
  expect(await htmlAttributes()).toEqual(htmlBefore);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  // Our only marks outside the panel: the host element and the room-keeping style.
  expect(await page.evaluate(() => document.querySelectorAll('[data-repere-space]').length)).toBe(1);
});

test('the panel also works folded, on PrimeNG pages with a 10 px root font size', async ({ anef }) => {
  const page = await anef.open('primeng/sejour-etudiant-1');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px');
  const panel = anef.panel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveCSS('font-size', '20px');
  await panel.getByRole('button', { name: 'Réduire' }).click();
  await expect(panel.getByRole('button', { name: 'Aide' })).toBeVisible();
  const box = await panel.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(90);
  // The fold is kept from page to page.
  await anef.open('primeng/home', page);
  await expect(anef.panel(page).getByRole('button', { name: 'Aide' })).toBeVisible();
});
