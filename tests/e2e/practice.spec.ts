/**
 * Practice mode: simulated ANEF screens, clearly marked, with the real panel beside them following
 * each screen; no account, nothing sent. axe finds nothing in French and Arabic.
 */
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './harness.ts';

test('walks a séjour renewal on simulated screens with the panel following', async ({ extension, fixtureServer }) => {
  const before = fixtureServer.requests.length;
  const page = await extension.open('practice.html');
  await expect(page.getByText("Simulation — ceci n'est pas le site officiel.")).toBeVisible();
  const panel = page.getByRole('complementary', { name: /Repère/ });
  await expect(panel.getByRole('heading', { name: /la page d'accueil du site ANEF/ })).toBeVisible();

  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(panel.getByRole('heading', { name: /votre espace personnel ANEF/ })).toBeVisible();
  await page.getByRole('button', { name: 'Je sollicite le renouvellement de ce titre' }).click();
  await expect(panel.getByText('Étape 1 sur 6')).toBeVisible();
  for (const step of [2, 3, 4]) {
    await page.getByRole('button', { name: 'Enregistrer et poursuivre' }).click();
    await expect(panel.getByText(`Étape ${step} sur 6`)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Joindre' }).click();
  await expect(panel.getByRole('heading', { name: /une page ANEF qui affiche une erreur/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Écran' }).selectOption('dossier');
  await expect(panel.getByRole('heading', { name: /le suivi de votre demande/ })).toBeVisible();
  // Practice mode needs no network: not a single request reached the (fixture) ANEF site.
  expect(fixtureServer.requests.length).toBe(before);
});

for (const language of ['fr', 'ar'] as const) {
  test(`practice mode has no axe violations (${language})`, async ({ extension, serviceWorker }) => {
    await serviceWorker.evaluate(async (lang) => {
      await chrome.storage.local.set({ settings: { language: lang, dockSide: 'auto', panelOpen: true } });
    }, language);
    const page = await extension.open('practice.html');
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    for (const screen of ['home', 'step-4', 'error']) {
      await page.getByRole('combobox').first().selectOption(screen);
      await expectNoAxeViolations(page, { label: `${language} ${screen}` });
    }
  });
}
