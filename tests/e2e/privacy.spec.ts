/**
 * Privacy proof: across a journey through every fixture page, every dashboard section, the popup
 * and practice mode, in every shipped language, then through every feature with a test person's data
 * (panel journal and checklist, reminders file, letter and proof PDFs, printable pages, encrypted
 * backup), the browser asks for nothing but the fixture ANEF site and the extension's own files;
 * nothing of ours lands in the page's storage; nothing of the test person appears in the console.
 *
 * Every request of the browser goes through a recording proxy that only reaches the fixture host
 * names. Chromium itself (component updates, Google sign-in) also calls out; those requests are not
 * made by any page, worker or extension context — Playwright sees every request of those and each
 * one must be for the fixture site or the extension.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { AVAILABLE_LANGUAGES } from '../../utils/i18n/languages.ts';
import { fixture, portalEntries } from '../fixtures/catalog.ts';
import { PORTAL_ORIGIN, startConnectProxy, startFixtureServer } from '../fixtures/server.mjs';
import { launchChromium } from '../tools/chromium.mjs';

/**
 * Chromium's own background services (component updates, sign-in, form autofill hints): Google
 * hosts that no page, worker or extension context of ours ever asks for (checked just below).
 */
const BROWSER_SERVICES = /^(CONNECT |POST http:\/\/|GET http:\/\/)([a-z0-9-]+\.)*(googleapis\.com|google\.com|gvt1\.com|gstatic\.com)(:443)?\b/;

test('the journey makes no request except to the fixture site and the extension itself', async () => {
  test.setTimeout(300_000);
  const server = await startFixtureServer();
  const proxy = await startConnectProxy({ targetPort: server.port });
  const userDataDir = mkdtempSync(join(tmpdir(), 'repere-privacy-'));
  const context = await launchChromium({ userDataDir, fixturePort: server.port, proxyPort: proxy.port });
  const urls: string[] = [];
  const fromWorker: string[] = [];
  const consoleLines: string[] = [];
  context.on('request', (request) => {
    urls.push(request.url());
    if (request.serviceWorker()) fromWorker.push(request.url());
  });
  context.on('console', (message) => consoleLines.push(message.text()));
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}/`;
    const page = await context.newPage();

    for (const language of AVAILABLE_LANGUAGES) {
      await worker.evaluate(async (lang) => {
        await chrome.storage.local.set({ settings: { language: lang, dockSide: 'auto', panelOpen: true } });
      }, language.code);
      const entries = language.code === 'fr' ? portalEntries : portalEntries.filter((_, index) => index % 9 === 0);
      for (const entry of entries) {
        await page.goto(PORTAL_ORIGIN + entry.url);
        await expect(page.getByRole('complementary', { name: /Repère/ })).toBeVisible();
        expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), entry.id).toEqual([0, 0, '']);
      }
      for (const path of ['popup.html', 'practice.html', ...['procedures', 'documents', 'failure', 'help', 'privacy', 'settings'].map((s) => `options.html#/${s}`)]) {
        await page.goto(extensionOrigin + path);
        await expect(page.locator('#root')).not.toBeEmpty();
      }
    }
    await useEveryFeature(context, worker, extensionOrigin);
    await page.waitForTimeout(500);

    // The service worker's own requests are seen too (it reads the language packs for the panel).
    expect(fromWorker.some((url) => url.startsWith(`${extensionOrigin}i18n/`))).toBe(true);
    const ours = urls.filter((url) => !url.startsWith(`${PORTAL_ORIGIN}/`) && !url.startsWith(extensionOrigin) && !/^(data|blob):/.test(url));
    expect(ours).toEqual([]);
    expect(proxy.refused.filter((line) => !BROWSER_SERVICES.test(line))).toEqual([]);
    expect(server.requests.every((request) => /^\/(usagers\/|particuliers\/|__fixtures\/|favicon\.ico)/.test(request.path))).toBe(true);
    expect(consoleLines.filter((line) => /TESTEUR|1234567890|7501202601150000123/.test(line))).toEqual([]);
  } finally {
    await context.close();
    await proxy.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

/** The test person: their name and numbers must never reach the console, a request or the page. */
const PERSON = {
  fullName: 'Amina TESTEUR',
  birthDate: '1990-04-12',
  nationality: 'malienne',
  address: '12 rue des Essais\n01000 Bourg-en-Bresse',
  foreignerNumber: '1234567890',
  anefRequestNumber: '7501202601150000123',
  phone: '0600000000',
  email: 'amina.testeur@example.invalid',
  departmentCode: '01',
  prefectureAddress: 'Préfecture de l\'Ain\n45 avenue Alsace-Lorraine\n01000 Bourg-en-Bresse',
};

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), click()]);
  expect(await file.failure()).toBeNull();
  return file.suggestedFilename();
}

/**
 * Every feature, with the test person's data on an own device, in French: the panel's problem
 * journal and checklist, each dashboard section, the letter (text and PDF), the proof sheet (PDF),
 * the reminders file, the printable checklist and summary, and an encrypted backup file.
 */
async function useEveryFeature(context: BrowserContext, worker: Worker, extensionOrigin: string) {
  await worker.evaluate(async (person) => {
    await chrome.storage.local.set({
      device: { mode: 'own' },
      settings: { language: 'fr', dockSide: 'auto', panelOpen: true },
      profile: {
        person,
        documents: {
          items: [
            { id: 'titre-1', kind: 'titre-sejour', expiry: '2027-01-20', onAnef: true },
            { id: 'api-1', kind: 'api', expiry: '2027-02-15' },
          ],
        },
        journal: {
          incidents: [{ id: 'i1', at: '2026-11-20T14:05:00+01:00', kind: 'error', route: '/usagers/#/', pageName: 'Accueil', errorText: 'Erreur', action: '', excluded: false }],
          contacts: [
            { id: 'c1', channel: 'ccc-form', on: '2026-11-21', time: '', what: '', reference: 'T-1', outcome: '', proof: true, excluded: false },
            { id: 'c2', channel: 'pan', on: '2026-11-23', time: '10:00', step: 'visit', what: '', reference: '', outcome: 'aucune solution', proof: false, excluded: false },
          ],
          letter: { procedure: 'renouvellement de titre de séjour', sentOn: '' },
        },
      },
      profileRevision: 7,
    });
  }, PERSON);

  // The panel on the ANEF site: the checklist and "Ça ne marche pas".
  const anef = await context.newPage();
  await anef.goto(PORTAL_ORIGIN + fixture('dsfr/sejour-etudiant-3').url);
  const panel = anef.getByRole('complementary', { name: /Repère/ });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Ça ne marche pas' }).click();
  const block = panel.getByRole('region', { name: 'Garder une preuve de ce problème' });
  await block.getByRole('checkbox', { name: /Ajouter une photo/ }).uncheck();
  await block.getByRole('button', { name: 'Noter ce problème dans mon journal' }).click();
  await expect(block.getByRole('status')).toContainText('C\'est noté dans votre journal');
  expect(await anef.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);

  const dashboard = await context.newPage();
  await dashboard.goto(`${extensionOrigin}options.html#/procedures`);
  await dashboard.getByRole('combobox', { name: 'Ma démarche' }).selectOption('etudiant-renouvellement');
  await dashboard.getByRole('checkbox').first().check();
  await dashboard.goto(`${extensionOrigin}options.html#/documents`);
  expect(await download(dashboard, () => dashboard.getByRole('button', { name: 'Télécharger mes rappels (fichier .ics)' }).click())).toBe('repere-rappels.ics');
  await dashboard.goto(`${extensionOrigin}options.html#/failure`);
  await expect(dashboard.getByText('Amina TESTEUR').first()).toBeVisible();
  await dashboard.goto(`${extensionOrigin}options.html#/privacy`);
  const exporting = dashboard.locator('.repere-backup .repere-slot').first();
  await exporting.getByLabel('Phrase secrète du fichier').fill('sauvegarde du jour');
  await exporting.getByLabel('Écrivez la phrase secrète une deuxième fois').fill('sauvegarde du jour');
  expect(await download(dashboard, () => exporting.getByRole('button', { name: 'Créer le fichier' }).click())).toMatch(/\.repere-backup\.json$/);

  const letter = await context.newPage();
  await letter.goto(`${extensionOrigin}letter.html`);
  await expect(letter.locator('article[lang="fr"]')).toContainText('1234567890');
  expect(await download(letter, () => letter.getByRole('button', { name: 'Télécharger la lettre en PDF' }).click())).toMatch(/\.pdf$/);
  await letter.goto(`${extensionOrigin}proof.html`);
  expect(await download(letter, () => letter.getByRole('button', { name: 'Télécharger en PDF' }).click())).toMatch(/\.pdf$/);
  for (const path of ['print-checklist.html', 'summary.html']) {
    await letter.goto(extensionOrigin + path);
    await expect(letter.getByRole('heading', { level: 1 })).toBeVisible();
  }
  for (const opened of [anef, dashboard, letter]) await opened.close();
}
