/**
 * Checklists in Chromium on the fixture site: on the séjour form of both UI eras the step of the
 * page is the current one (aria-current="step") and its items show; ticks are kept across a
 * reload, a hash navigation and in the dashboard; the printable page renders (screenshots in
 * tests/.artifacts/checklist/ to look at) and fits one A4 page for every procedure, in French and
 * Arabic; axe finds nothing on the checklist in French and Arabic.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page, Worker } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { PROCEDURES } from '../../utils/checklist/catalog.ts';
import { flatPack } from '../components/test-i18n.ts';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './harness.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../.artifacts/checklist');
mkdirSync(ARTIFACTS, { recursive: true });

const fr = flatPack('fr', 'procedures');
const text = (key: string) => fr.get(key)!.replace(/<\/?fr>/g, '');

/** Step of the form → the checklist step marked current, and one item that must show there. */
const FORM_STEPS = [
  { index: 1, step: 'personal-info', item: 'personal-details' },
  { index: 2, step: 'reason', item: 'student-studies' },
  { index: 3, step: 'resources', item: 'student-resources' },
  { index: 4, step: 'documents', item: 'address-proof' },
  { index: 5, step: 'summary', item: 'check-final' },
  { index: 6, step: 'confirmation', item: 'keep-deposit' },
];

const currentStep = (panel: Locator) => panel.locator('li[aria-current="step"]');

async function setLanguage(serviceWorker: Worker, language: 'fr' | 'ar') {
  await serviceWorker.evaluate(async (lang: string) => {
    await chrome.storage.local.set({ settings: { language: lang, dockSide: 'auto', panelOpen: true } });
  }, language);
}

async function pdfPages(page: Page, options: Parameters<Page['pdf']>[0]): Promise<number> {
  const pdf = await page.pdf(options);
  return (await PDFDocument.load(pdf)).getPageCount();
}

for (const era of ['dsfr', 'primeng'] as const) {
  test(`${era}: the step of the page is current and its items show`, async ({ anef }) => {
    const page = await anef.open(`${era}/sejour-etudiant-1`);
    const panel = anef.panel(page);
    await expect(panel.getByText('Cette page correspond à la démarche : Étudiant : renouvellement.')).toBeVisible();
    await panel.getByRole('button', { name: 'Suivre cette démarche' }).click();
    await expect(panel.getByRole('heading', { level: 4, name: 'Étudiant : renouvellement' })).toBeVisible();

    for (const { index, step, item } of FORM_STEPS) {
      await anef.open(`${era}/sejour-etudiant-${index}`, page);
      await expect(currentStep(panel), `step ${index}`).toHaveCount(1);
      await expect(currentStep(panel), `step ${index}`).toContainText(text(`step.${step}`));
      await expect(currentStep(panel)).toContainText('Vous êtes ici');
      await expect(panel.getByRole('checkbox', { name: text(`item.${item}.label`) }), `step ${index}`).toBeVisible();
    }

    // Documents: every upload with what it needs.
    await anef.open(`${era}/sejour-etudiant-4`, page);
    for (const item of ['passport', 'current-title', 'address-proof', 'ephoto', 'student-enrolment']) {
      await expect(panel.getByRole('checkbox', { name: text(`item.${item}.label`) })).toBeVisible();
    }
    await expect(panel.getByText(text('item.address-proof.hosted'))).toBeVisible();
    await expect(panel.getByRole('checkbox', { name: text('item.keep-deposit.label') })).toHaveCount(0);

    // Récapitulatif: "before you send" lists what is unticked.
    await anef.open(`${era}/sejour-etudiant-5`, page);
    const before = panel.getByRole('region', { name: /Avant d'envoyer/ });
    await expect(before.getByRole('checkbox', { name: text('item.address-proof.label') })).toBeVisible();
    await expect(before.getByText(/une fois envoyée, la demande ne peut plus être modifiée/)).toBeVisible();

    // Moving to the next step inside the same route moves the mark too.
    await anef.open(`${era}/sejour-etudiant-1`, page);
    await page.getByRole('button', { name: /Enregistrer et poursuivre/i }).click();
    await expect(currentStep(panel)).toContainText(text('step.reason'));
  });
}

test('a tick is kept across a reload, a hash navigation and in the dashboard', async ({ anef, extension }) => {
  const page = await anef.open('dsfr/sejour-etudiant-4');
  const panel = anef.panel(page);
  await panel.getByRole('button', { name: 'Suivre cette démarche' }).click();
  const address = panel.getByRole('checkbox', { name: text('item.address-proof.label') });
  await address.click();
  await expect(panel.getByRole('status').filter({ hasText: /case cochée/ })).toHaveText(/^1 case cochée sur/);
  // The keyboard ticks too.
  const passport = panel.getByRole('checkbox', { name: text('item.passport.label') });
  await passport.focus();
  await page.keyboard.press('Space');
  await expect(passport).toBeChecked();

  await page.reload();
  await expect(address).toBeChecked();
  await expect(passport).toBeChecked();

  await page.evaluate(() => { location.hash = '#/espace-personnel/mon-compte'; });
  await expect(panel.getByRole('heading', { name: /votre espace personnel ANEF/ })).toBeVisible();
  await expect(currentStep(panel)).toHaveCount(0);
  await page.evaluate(() => { location.hash = '#/sejour/demande-tse/etudiant'; });
  await expect(currentStep(panel)).toContainText(text('step.documents'));
  await expect(address).toBeChecked();

  const dashboard = await extension.open('options.html#/procedures');
  await expect(dashboard.getByRole('combobox', { name: 'Ma démarche' })).toHaveValue('etudiant-renouvellement');
  await expect(dashboard.getByRole('checkbox', { name: text('item.address-proof.label') })).toBeChecked();
  // Unticking in the dashboard shows on the open ANEF page.
  await dashboard.getByRole('checkbox', { name: text('item.address-proof.label') }).uncheck();
  await expect(address).not.toBeChecked();
});

test('the printable page renders and fits one A4 page for every procedure, in French and Arabic', async ({ extension, serviceWorker }) => {
  test.setTimeout(240_000);
  const dashboard = await extension.open('options.html#/procedures');
  await dashboard.getByRole('combobox', { name: 'Ma démarche' }).selectOption('etudiant-renouvellement');
  await dashboard.getByRole('checkbox', { name: text('item.passport.label') }).check();
  const opened = dashboard.context().waitForEvent('page');
  await dashboard.getByRole('link', { name: 'Imprimer ma liste (une page)' }).click();
  const print = await opened;
  await expect(print).toHaveURL(/print-checklist\.html$/);
  await expect(print.getByRole('heading', { level: 1, name: 'Étudiant : renouvellement' })).toBeVisible();
  await expect(print.locator('li').filter({ hasText: text('item.passport.label') })).toContainText('fait');
  await print.screenshot({ path: resolve(ARTIFACTS, 'print-fr.png'), fullPage: true });

  for (const language of ['fr', 'ar'] as const) {
    await setLanguage(serviceWorker, language);
    await expect(print.locator('html')).toHaveAttribute('lang', language);
    for (const procedure of PROCEDURES) {
      await dashboard.getByRole('combobox', { name: language === 'fr' ? 'Ma démarche' : 'إجرائي' }).selectOption(procedure.id);
      await expect(print.locator('article')).toHaveAttribute('data-procedure', procedure.id);
      await print.evaluate(() => document.fonts.ready);
      if (procedure.id === 'etudiant-renouvellement' && language === 'ar') {
        await print.screenshot({ path: resolve(ARTIFACTS, 'print-ar.png'), fullPage: true });
      }
      await print.emulateMedia({ media: 'print' });
      expect(await pdfPages(print, { format: 'A4' }), `${language} ${procedure.id}`).toBe(1);
      expect(await pdfPages(print, { format: 'A4', preferCSSPageSize: true }), `${language} ${procedure.id} (CSS page)`).toBe(1);
      await print.emulateMedia({ media: 'screen' });
    }
  }
  // The French words are beside each item in Arabic, for the préfecture agent.
  await expect(print.locator('.repere-print__fr[lang="fr"]').first()).toBeVisible();
});

for (const language of ['fr', 'ar'] as const) {
  test(`the checklist has no axe violations (${language})`, async ({ anef, extension, serviceWorker }) => {
    await setLanguage(serviceWorker, language);
    const page = await anef.open('dsfr/sejour-etudiant-4');
    const panel = anef.panel(page);
    await panel.getByRole('button', { name: language === 'fr' ? 'Suivre cette démarche' : 'اتبع هذا الإجراء' }).click();
    await expect(currentStep(panel)).toHaveCount(1);
    await panel.getByRole('checkbox').first().check();
    await expectNoAxeViolations(page, { include: 'repere-panel', label: `${language} documents step` });
    for (const id of ['dsfr/sejour-etudiant-5', 'primeng/sejour-etudiant-3', 'primeng/sejour-etudiant-6', 'dsfr/mon-compte']) {
      await anef.open(id, page);
      await expect(panel.getByRole('checkbox').first()).toBeVisible();
      await expectNoAxeViolations(page, { include: 'repere-panel', label: `${language} ${id}` });
    }
    await panel.locator('summary').click();
    await expectNoAxeViolations(page, { include: 'repere-panel', label: `${language} picker open` });

    const dashboard = await extension.open('options.html#/procedures');
    await expect(dashboard.getByRole('checkbox').first()).toBeVisible();
    await expectNoAxeViolations(dashboard, { label: `${language} dashboard procedures` });
    await dashboard.getByRole('button', { name: language === 'fr' ? 'Décocher toutes les cases de cette démarche' : 'أزل العلامة عن كل خانات هذا الإجراء' }).click();
    await expectNoAxeViolations(dashboard, { label: `${language} dashboard confirm` });

    const print = await extension.open('print-checklist.html');
    await expect(print.getByRole('heading', { level: 1 })).toBeVisible();
    // The sheet says on paper when its words are a machine draft; French is the source.
    await expect(print.getByText(language === 'ar' ? /ترجمته آلة/ : /traduit par une machine/)).toHaveCount(language === 'ar' ? 1 : 0);
    await expectNoAxeViolations(print, { label: `${language} print page` });
  });
}
