/**
 * axe finds nothing on the panel (French and Arabic, open and folded), the popup and every
 * dashboard section; and it does find a planted fault, so the scan is real.
 */
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './harness.ts';

const SECTIONS = ['procedures', 'documents', 'failure', 'help', 'privacy', 'settings'];

for (const language of ['fr', 'ar'] as const) {
  test(`panel, popup and dashboard have no axe violations (${language})`, async ({ anef, extension, serviceWorker }) => {
    await serviceWorker.evaluate(async (lang) => {
      await chrome.storage.local.set({ settings: { language: lang, dockSide: 'auto', panelOpen: true } });
    }, language);
    for (const id of ['dsfr/mon-compte', 'primeng/sejour-etudiant-4', 'dsfr/sejour-etudiant-3#error-after-load', 'dsfr/rendez-vous']) {
      const page = await anef.open(id);
      await expect(anef.panel(page).getByRole('heading', { level: 3 }).first()).toBeVisible();
      await expectNoAxeViolations(page, { include: 'repere-panel', label: `${language} ${id}` });
      await page.close();
    }
    const folded = await anef.open('dsfr/home');
    await anef.panel(folded).getByRole('button', { name: language === 'fr' ? 'Réduire' : 'طيّ' }).click();
    await expectNoAxeViolations(folded, { include: 'repere-panel', label: `${language} folded` });

    const popup = await extension.open('popup.html');
    await expect(popup.locator('html')).toHaveAttribute('lang', language);
    await expectNoAxeViolations(popup, { label: `${language} popup` });
    const dashboard = await extension.open('options.html');
    for (const section of SECTIONS) {
      await dashboard.goto(extension.url(`options.html#/${section}`));
      await expect(dashboard.locator('main h1')).toBeVisible();
      await expectNoAxeViolations(dashboard, { label: `${language} dashboard ${section}` });
    }
  });
}

test('the scan is real: a planted unlabelled button in the panel is found', async ({ anef }) => {
  const page = await anef.open('dsfr/home');
  await expect(anef.panel(page)).toBeVisible();
  await page.evaluate(() => {
    const root = document.querySelector('repere-panel')!.shadowRoot!;
    root.querySelector('.repere-panel__body')!.append(document.createElement('button'));
  });
  await expect(expectNoAxeViolations(page, { include: 'repere-panel' })).rejects.toThrow(/button-name/);
});
