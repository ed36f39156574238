/**
 * Documents and deadlines in Chromium: a titre de séjour expiring in 100 days, typed in the
 * dashboard, shows the renewal window in the dashboard, the popup and the panel on ANEF; the
 * toolbar badge shows the days left (read from the service worker); the .ics download holds one
 * all-day event per reminder and nothing personal; the proof-of-rights page renders and makes a
 * PDF; on a shared computer the badge stays empty; axe finds nothing on the tracker pages (fr, ar).
 */
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './harness.ts';

const SHOTS = resolve(import.meta.dirname, '../.artifacts/screens');

/** A civil date `days` from today on this machine, as JJ/MM/AAAA and as YYYY-MM-DD. */
function fromToday(days: number): { french: string; iso: string } {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return { french: `${dd}/${mm}/${date.getFullYear()}`, iso: `${date.getFullYear()}-${mm}-${dd}` };
}

async function setUp(worker: Worker, language: 'fr' | 'ar', mode: 'own' | 'shared', items?: unknown[]) {
  await worker.evaluate(async ({ language, mode, items }) => {
    await chrome.storage.local.set({ settings: { language, dockSide: 'auto', panelOpen: true }, device: { mode } });
    // Own device: the data is in local storage; shared computer: in session storage only.
    if (items) await chrome.storage[mode === 'own' ? 'local' : 'session'].set({ profile: { documents: { items } } });
  }, { language, mode, items });
}

const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

async function addTitre(dashboard: Page, expiry: string) {
  await dashboard.getByRole('button', { name: 'Ajouter un document' }).click();
  await dashboard.getByRole('combobox', { name: 'Type de document' }).selectOption('titre-sejour');
  await dashboard.getByRole('textbox', { name: /^Fin de validité/ }).fill(expiry);
  await expect(dashboard.getByRole('checkbox', { name: 'Ce titre se renouvelle sur le site ANEF' })).toBeChecked();
  await dashboard.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dashboard.getByText('Document enregistré.')).toBeVisible();
}

test('a titre de séjour expiring in 100 days: window in the dashboard, popup and panel; badge; .ics', async ({ extension, anef, serviceWorker }) => {
  await setUp(serviceWorker, 'fr', 'own');
  const expiry = fromToday(100);
  const opens = fromToday(-20);
  const lastDay = fromToday(40);
  const line = 'Dans 40 jours : dernier jour pour déposer votre demande de renouvellement à temps';

  const dashboard = await extension.open('options.html#/documents');
  await expect(dashboard.getByRole('heading', { level: 1, name: 'Mes documents' })).toBeVisible();
  await addTitre(dashboard, expiry.french);
  const card = dashboard.getByRole('article', { name: 'Titre de séjour (carte de séjour)' });
  await expect(card.getByText(line)).toBeVisible();
  await expect(card).toContainText(`Vous pouvez déposer votre demande du ${opens.french} au ${lastDay.french}.`);
  await expect(card).toContainText(`Fin de validité : ${expiry.french}`);
  await expect(card.getByText('À venir')).toBeVisible();

  // The toolbar badge: days left, from the service worker.
  await expect.poll(() => badgeText(serviceWorker)).toBe('40');
  expect(await serviceWorker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([13, 92, 87, 255]);
  const alarms = await serviceWorker.evaluate(async () => (await chrome.alarms.getAll()).map((alarm) => alarm.name));
  expect(alarms).toContain('repere-daily');
  expect(alarms).toContain(`repere-reminder:${lastDay.iso}`);

  // The .ics download.
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Télécharger mes rappels (fichier .ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('repere-rappels.ics');
  const ics = readFileSync((await download.path())!, 'utf8');
  const events = ics.split('BEGIN:VEVENT').slice(1);
  // Future reminder days of an ANEF titre 100 days before expiry: −90 … 0 (10 days).
  expect(events).toHaveLength(10);
  expect(ics).toContain(`DTSTART;VALUE=DATE:${lastDay.iso.replaceAll('-', '')}`);
  expect(events.every((event) => (event.match(/BEGIN:VALARM/g) ?? []).length === 1)).toBe(true);
  expect(ics.replace(/\r\n[ \t]/g, '')).toContain('SUMMARY:Repère — Aujourd\'hui : dernier jour pour déposer votre demande de renouvellement à temps');
  await expect(dashboard.getByText('Fichier téléchargé. Ouvrez-le pour ajouter les rappels à votre agenda.')).toBeVisible();

  // The popup.
  const popup = await extension.open('popup.html');
  await expect(popup.getByRole('heading', { level: 3, name: line })).toBeVisible();
  await expect(popup.getByText(lastDay.french)).toBeVisible();

  // The panel on an ANEF page.
  const page = await anef.open('dsfr/mon-compte');
  const panel = anef.panel(page);
  await expect(panel.getByRole('heading', { level: 4, name: line })).toBeVisible();
  await expect(panel.getByText(/Déposez votre demande de renouvellement sur le site ANEF/)).toBeVisible();
  await panel.getByRole('button', { name: 'Voir mes documents' }).click();
});

test('an impossible date is explained and kept; a date picked in the calendar is written JJ/MM/AAAA', async ({ extension, serviceWorker }) => {
  await setUp(serviceWorker, 'fr', 'own');
  const dashboard = await extension.open('options.html#/documents');
  await dashboard.getByRole('button', { name: 'Ajouter un document' }).click();
  await dashboard.getByRole('combobox', { name: 'Type de document' }).selectOption('api');
  const field = dashboard.getByRole('textbox', { name: /^Fin de validité/ });
  await field.fill('31/02/2027');
  await dashboard.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dashboard.getByRole('alert')).toContainText('La date 31/02/2027 n\'existe pas : ce mois a 28 jours en 2027.');
  await expect(field).toHaveValue('31/02/2027');
  await dashboard.getByLabel(/^Ou choisir dans un calendrier \(Fin de validité/).fill('2027-02-28');
  await expect(field).toHaveValue('28/02/2027');
  await dashboard.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dashboard.getByText('Document enregistré.')).toBeVisible();
});

test('the proof-of-rights sheet renders in French, prints alone and downloads as a PDF', async ({ extension, serviceWorker }) => {
  await setUp(serviceWorker, 'ar', 'own', [
    { id: 'api-1', kind: 'api', expiry: fromToday(60).iso },
    { id: 'dep-1', kind: 'attestation-depot', filedOn: fromToday(-90).iso },
    { id: 'card-1', kind: 'titre-sejour', expiry: fromToday(-10).iso, onAnef: true, longCard: true, filedOn: fromToday(-100).iso },
  ]);
  const proof = await extension.open('proof.html');
  const sheet = proof.getByRole('article', { name: 'الورقة بالفرنسية' });
  await expect(sheet.getByRole('heading', { level: 2, name: 'Ce que prouvent mes documents de séjour' })).toBeVisible();
  await expect(sheet).toHaveAttribute('lang', 'fr');
  await expect(sheet).toContainText(`valable jusqu’au ${fromToday(60).french}`);
  await expect(sheet).toContainText('Cette liste ne cite pas l’API');
  await expect(proof.locator('html')).toHaveAttribute('dir', 'rtl');
  mkdirSync(SHOTS, { recursive: true });
  await proof.setViewportSize({ width: 1000, height: 900 });
  await proof.screenshot({ path: resolve(SHOTS, 'e2e-proof-ar.png'), fullPage: true });

  // Printing shows the French sheet only.
  await proof.emulateMedia({ media: 'print' });
  await expect(proof.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(sheet).toBeVisible();
  await proof.screenshot({ path: resolve(SHOTS, 'e2e-proof-print.png'), fullPage: true });
  await proof.emulateMedia({ media: 'screen' });

  const [download] = await Promise.all([
    proof.waitForEvent('download'),
    proof.getByRole('button', { name: 'تنزيل بصيغة PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('repere-feuille-droits.pdf');
  expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
  await download.saveAs(resolve(SHOTS, 'e2e-proof.pdf'));
});

test('on a shared computer the badge shows no count', async ({ extension, serviceWorker }) => {
  await setUp(serviceWorker, 'fr', 'shared', [{ id: 'api-1', kind: 'api', expiry: fromToday(5).iso }]);
  // A change of the documents makes the background recompute the badge.
  const dashboard = await extension.open('options.html#/documents');
  await expect(dashboard.getByText('Dans 5 jours : fin de validité de votre attestation (API)')).toBeVisible();
  await serviceWorker.evaluate(async () => {
    const { profileRevision } = await chrome.storage.local.get('profileRevision');
    await chrome.storage.local.set({ profileRevision: (Number(profileRevision) || 0) + 1 });
  });
  await dashboard.waitForTimeout(500);
  expect(await badgeText(serviceWorker)).toBe('');
  // The same documents on the person's own device do show the count.
  await setUp(serviceWorker, 'fr', 'own', [{ id: 'api-1', kind: 'api', expiry: fromToday(5).iso }]);
  await expect.poll(() => badgeText(serviceWorker)).toBe('5');
});

for (const language of ['fr', 'ar'] as const) {
  test(`the tracker pages have no axe violations (${language})`, async ({ extension, anef, serviceWorker }) => {
    await setUp(serviceWorker, language, 'own', [
      { id: 'titre-1', kind: 'titre-sejour', expiry: fromToday(100).iso, onAnef: true, longCard: false },
      { id: 'api-1', kind: 'api', expiry: fromToday(-3).iso },
      { id: 'dep-1', kind: 'attestation-depot', filedOn: fromToday(-30).iso },
      { id: 'proof-1', kind: 'proof', issuedOn: fromToday(-85).iso, maxAgeMonths: 3, label: 'EDF' },
    ]);
    const dashboard = await extension.open('options.html#/documents');
    await expect(dashboard.getByRole('article')).toHaveCount(4);
    await dashboard.getByRole('article').first().locator('summary').click();
    await expectNoAxeViolations(dashboard, { label: `${language} documents` });
    await dashboard.setViewportSize({ width: 1100, height: 900 });
    await dashboard.screenshot({ path: resolve(SHOTS, `e2e-documents-${language}.png`), fullPage: true });

    // The form, with an error shown.
    await dashboard.getByRole('button', { name: language === 'fr' ? 'Ajouter un document' : 'إضافة وثيقة' }).click();
    await dashboard.getByRole('combobox').filter({ has: dashboard.locator('option[value="titre-sejour"]') }).selectOption('titre-sejour');
    await dashboard.locator('input[placeholder="JJ/MM/AAAA"]').first().fill('31/02/2027');
    await dashboard.getByRole('button', { name: language === 'fr' ? 'Enregistrer' : 'حفظ' }).click();
    await expect(dashboard.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(dashboard, { label: `${language} form with error` });
    await dashboard.screenshot({ path: resolve(SHOTS, `e2e-documents-form-${language}.png`), fullPage: true });

    const popup = await extension.open('popup.html');
    await expect(popup.getByRole('heading', { level: 3 })).toBeVisible();
    await expectNoAxeViolations(popup, { label: `${language} popup` });
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.screenshot({ path: resolve(SHOTS, `e2e-popup-${language}.png`), fullPage: true });

    const page = await anef.open('dsfr/mon-compte');
    await expect(anef.panel(page).getByRole('heading', { level: 4, name: /API/ })).toBeVisible();
    await expectNoAxeViolations(page, { include: 'repere-panel', label: `${language} panel` });
    await page.screenshot({ path: resolve(SHOTS, `e2e-panel-${language}.png`) });

    const proof = await extension.open('proof.html');
    await expect(proof.getByRole('article')).toBeVisible();
    await expectNoAxeViolations(proof, { label: `${language} proof page` });
  });
}
