/**
 * When ANEF fails, end to end in Chromium, with the Arabic UI: the panel offers to record the
 * incident on the error page; the photo needs the toolbar click (activeTab) and is then taken;
 * a CCC call and a PAN request are recorded in the dashboard; the letter is generated and its
 * print page and PDF (read back with pdftotext) hold the incident and both contacts in order,
 * in French. axe finds nothing on any of these screens, in Arabic and in French.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './harness.ts';

const ERROR_PAGE = 'dsfr/sejour-etudiant-3#error-after-load';
const ERROR_TEXT = 'Une erreur technique est survenue. Veuillez réessayer ultérieurement.';
const SCREENS = resolve(import.meta.dirname, '../.artifacts/screens');

async function setLanguage(worker: Worker, language: 'fr' | 'ar') {
  await worker.evaluate(async (lang) => {
    await chrome.storage.local.set({ settings: { language: lang, dockSide: 'auto', panelOpen: true } });
  }, language);
}

/** Local civil date `days` from today, as the browser's date inputs want it. */
function day(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

const french = (iso: string) => iso.split('-').reverse().join('/');

interface StoredJournal {
  incidents: { at: string; route: string; pageName: string; errorText: string; action: string; photo?: { dataUrl: string; width: number; source: string } }[];
  contacts: { channel: string; on: string; reference: string }[];
}

async function storedJournal(worker: Worker): Promise<StoredJournal> {
  return worker.evaluate(async () => ((await chrome.storage.local.get('profile')).profile as { journal: StoredJournal }).journal);
}

/** Text positions of each needle, in the order given, failing when one is missing. */
function expectInOrder(text: string, needles: string[]) {
  const at = needles.map((needle) => {
    const index = text.indexOf(needle);
    expect(index, needle).toBeGreaterThanOrEqual(0);
    return index;
  });
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

test('Arabic UI: incident with a photo, CCC and PAN recorded, the letter in French on the print page and in the PDF', async ({ anef, extension, serviceWorker, context }) => {
  test.setTimeout(180_000);
  await setLanguage(serviceWorker, 'ar');

  // 1. The panel offers to record the incident on ANEF's error page.
  const page = await anef.open(ERROR_PAGE);
  const panel = anef.panel(page);
  const block = panel.getByRole('region', { name: 'احتفظ بدليل على هذه المشكلة' });
  await expect(block).toBeVisible();
  await expectNoAxeViolations(page, { include: 'repere-panel', label: 'ar panel with the incident offer' });
  await block.getByRole('textbox', { name: 'ما كنت تحاول فعله (اختياري)' }).fill('envoyer mes justificatifs de ressources');
  await expect(block.getByRole('checkbox', { name: 'أضف صورة للصفحة (لقطة شاشة)' })).toBeChecked();

  // Without the toolbar click the browser refuses the photo (a host permission would not do):
  // the incident is kept and the panel says what to click.
  await block.getByRole('button', { name: 'سجّل هذه المشكلة في سجلي' }).click();
  await expect(block.getByRole('status')).toContainText('تم التسجيل في سجلك');
  await expect(block.getByText(/الصورة ناقصة/)).toBeVisible();
  await expectNoAxeViolations(page, { include: 'repere-panel', label: 'ar panel, photo refused' });
  let journal = await storedJournal(serviceWorker);
  expect(journal.incidents).toHaveLength(1);
  expect(journal.incidents[0]).toMatchObject({
    route: '/usagers/#/sejour/demande-tse/etudiant',
    pageName: 'Demander un titre de séjour — étape 3 sur 6 : Ressources',
    errorText: ERROR_TEXT,
    action: 'envoyer mes justificatifs de ressources',
  });
  expect(journal.incidents[0]!.photo).toBeUndefined();

  // The person clicks Repère's toolbar icon, then "Take the photo": now it works.
  await extension.clickToolbarIcon(page);
  await page.bringToFront();
  await block.getByRole('button', { name: 'التقط الصورة' }).click();
  await expect(block.getByText('أضيفت صورة الصفحة. تبقى على هذا الحاسوب.')).toBeVisible();
  journal = await storedJournal(serviceWorker);
  const photo = journal.incidents[0]!.photo!;
  expect(photo.dataUrl).toMatch(/^data:image\/jpeg;base64,/);
  expect(photo.width).toBeLessThanOrEqual(1280);
  expect(photo.source).toBe('capture');
  expect(photo.dataUrl.length).toBeLessThan(400_000);
  // The panel was hidden for the photo (its band is empty, not the panel's dark header) and is back.
  const cornerPixel = await page.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return [...context.getImageData(60, 20, 1, 1).data].slice(0, 3);
  }, photo.dataUrl);
  expect(cornerPixel.every((channel) => channel > 200), `pixel ${cornerPixel} where the panel's header would be`).toBe(true);
  await expect(panel).toBeVisible();
  await expectNoAxeViolations(page, { include: 'repere-panel', label: 'ar panel after recording' });
  await block.screenshot({ path: join(SCREENS, 'failure-ar-panel-recorded.png') });

  // 2. The dashboard's failure steps, opened from the panel.
  const opened = context.waitForEvent('page');
  await block.getByRole('button', { name: /اطّلع على الخطوات/ }).click();
  const dashboard = await opened;
  await expect(dashboard).toHaveURL(/options\.html#\/failure$/);
  await expect(dashboard.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(dashboard.getByRole('img', { name: /صورة صفحة ANEF بتاريخ/ })).toBeVisible();

  const ccc = dashboard.getByRole('region', { name: '2. اتصل بمركز اتصال المواطنين (\u2068CCC\u2069)' });
  await expect(ccc.locator('pre[lang="fr"]')).toContainText(`le site a affiché : « ${ERROR_TEXT} »`);
  await ccc.getByRole('radio', { name: 'اتصال هاتفي بـ CCC' }).check();
  await ccc.getByLabel('التاريخ', { exact: true }).fill(day(1));
  await ccc.getByLabel('المرجع أو رقم الملف (اختياري)').fill('CCC-2026-4471');
  await ccc.getByLabel('الجواب الذي حصلت عليه (اختياري)').fill('anomalie transmise à la DGEF, réessayer dans une semaine');
  await ccc.getByRole('button', { name: 'أضف إلى سجلي' }).click();
  await expect(ccc.getByRole('status').filter({ hasText: 'أضيف إلى سجلك.' })).toBeVisible();

  const pan = dashboard.getByRole('region', { name: '3. اذهب إلى نقطة الاستقبال الرقمي (\u2068PAN\u2069)' });
  await expect(pan.getByRole('radio', { name: 'طلب موعد في PAN' })).toBeChecked();
  await pan.getByLabel('التاريخ', { exact: true }).fill(day(2));
  await pan.getByLabel('المرجع أو رقم الملف (اختياري)').fill('PAN-80-118');
  await pan.getByLabel('الجواب الذي حصلت عليه (اختياري)').fill('pas de rendez-vous avant trois semaines');
  await pan.getByRole('button', { name: 'أضف إلى سجلي' }).click();
  await expect(pan.getByText('PAN-80-118')).toBeVisible();
  journal = await storedJournal(serviceWorker);
  expect(journal.contacts.map((contact) => contact.channel)).toEqual(['ccc-phone', 'pan']);

  // 3. The letter: details typed once, then generated.
  const letter = dashboard.getByRole('region', { name: '4. اكتب إلى المحافظ (\u2068préfet\u2069)' });
  await expect(letter.getByText('تنقص معلومات لكتابة الرسالة:')).toBeVisible();
  await letter.getByLabel('اللقب والاسم (كما في جواز سفرك)').fill('Amina BENALI');
  await letter.getByLabel('عنوانك البريدي').fill('12 rue des Lilas\n80000 Amiens');
  await letter.getByLabel(/المقاطعة \(\u2068?département\u2069?\)/).selectOption('80');
  await letter.getByLabel('العنوان البريدي لمصلحة الأجانب في المحافظة').fill('51 rue de la République\n80020 Amiens Cedex 9');
  await letter.getByRole('button', { name: 'احفظ هذه المعلومات' }).click();
  await letter.getByLabel('إجراؤك').fill('renouvellement de titre de séjour étudiant');
  await letter.getByLabel('المدينة التي تكتب منها (اختياري)').fill('Amiens');
  await letter.getByRole('button', { name: 'احفظ اختيارات الرسالة' }).click();
  await expect(letter.getByRole('heading', { name: 'ماذا تطلب الرسالة' })).toBeVisible();
  await expect(letter.getByText('Préfecture de la Somme').first()).toBeVisible();
  await letter.getByText('اعرض الرسالة (بالفرنسية)').click();
  await expect(letter.locator('article[lang="fr"][dir="ltr"]')).toContainText('Lettre recommandée avec accusé de réception');
  await expectNoAxeViolations(dashboard, { label: 'ar dashboard failure with data' });
  await dashboard.screenshot({ path: join(SCREENS, 'failure-ar-dashboard.png'), fullPage: true });

  // 4. The print page: Arabic around, the letter in French, facts in order, the photo annexed.
  const printOpened = context.waitForEvent('page');
  await letter.getByRole('link', { name: 'افتح الرسالة لطباعتها' }).click();
  const print = await printOpened;
  await expect(print).toHaveURL(/letter\.html$/);
  await expect(print.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(print.getByRole('heading', { level: 1, name: 'رسالة إلى المحافظ' })).toBeVisible();
  const article = print.locator('article[lang="fr"]');
  await expect(article).toBeVisible();
  const today = french(day(0));
  const printed = (await article.innerText()).replace(/\s+/g, ' ');
  expectInOrder(printed, [
    'Amina BENALI',
    'Préfecture de la Somme',
    'Service des étrangers',
    `Amiens, le ${today}`,
    'Lettre recommandée avec accusé de réception',
    `Le ${today} à `,
    `page « Demander un titre de séjour — étape 3 sur 6 : Ressources (/usagers/#/sejour/demande-tse/etudiant) »`,
    'Ce que je faisais : envoyer mes justificatifs de ressources.',
    `Message affiché : « ${ERROR_TEXT} »`,
    `Le ${french(day(1))} : appel au Centre de contact citoyen (CCC). Référence : CCC-2026-4471.`,
    `Le ${french(day(2))} : demande de rendez-vous au point d'accueil numérique (PAN) de la préfecture. Référence : PAN-80-118.`,
    'En conséquence, je vous demande :',
    'Annexes :',
    'Capture d\'écran du téléservice ANEF du',
  ]);
  await expect(article.getByRole('img', { name: /Capture d'écran du téléservice ANEF du/ })).toBeVisible();
  await expectNoAxeViolations(print, { label: 'ar print page' });
  await print.screenshot({ path: join(SCREENS, 'failure-ar-letter-page.png'), fullPage: true });

  // 5. The PDF: same facts in the same order, accents intact, the photo on its own page.
  const downloading = print.waitForEvent('download');
  await print.getByRole('button', { name: 'حمّل الرسالة بصيغة PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`lettre-prefecture-${day(0)}.pdf`);
  const dir = mkdtempSync(join(tmpdir(), 'repere-pdf-'));
  try {
    const file = join(dir, 'lettre.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expectInOrder(text, [
      'Amina BENALI',
      'Préfecture de la Somme',
      'Lettre recommandée avec accusé de réception',
      `Le ${today} à `,
      `Message affiché : « ${ERROR_TEXT} »`,
      `Le ${french(day(1))} : appel au Centre de contact citoyen (CCC). Référence : CCC-2026-4471.`,
      `Le ${french(day(2))} : demande de rendez-vous au point d'accueil numérique (PAN) de la préfecture.`,
      'Je vous prie d\'agréer',
      'Annexe 1 – Capture d\'écran du téléservice ANEF du',
    ]);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await expect(print.getByText('تم تحميل ملف PDF (في مجلد التنزيلات).')).toBeVisible();
});

/** A profile with one incident, a CCC call and a PAN visit, written as the background keeps it. */
async function seedProfile(worker: Worker) {
  await worker.evaluate(async () => {
    await chrome.storage.local.set({
      profile: {
        journal: {
          incidents: [{ id: 'i1', at: '2027-03-05T14:05:00+01:00', kind: 'error', route: '/usagers/#/', pageName: 'Accueil', errorText: 'Erreur', action: '', excluded: false }],
          contacts: [
            { id: 'c1', channel: 'ccc-form', on: '2027-03-06', time: '', what: '', reference: 'T-1', outcome: '', proof: true, excluded: false },
            { id: 'c2', channel: 'pan', on: '2027-03-15', time: '10:00', step: 'visit', what: '', reference: '', outcome: 'aucune solution', proof: false, excluded: false },
          ],
          letter: { procedure: 'première demande de titre de séjour', sentOn: '2027-03-20' },
        },
        person: { fullName: 'Karim DIALLO', address: '3 place du Marché\n01000 Bourg-en-Bresse', departmentCode: '01' },
      },
      profileRevision: 5,
    });
  });
}

async function scanDashboard(dashboard: Page, label: string) {
  await expect(dashboard.getByRole('heading', { level: 2 }).first()).toBeVisible();
  const preview = dashboard.locator('details.repere-preview');
  if (await preview.count()) await preview.locator('summary').click();
  await expectNoAxeViolations(dashboard, { label });
}

test('French UI: "Ça ne marche pas" on any page offers the journal; every screen of the flow passes axe', async ({ anef, extension, serviceWorker }) => {
  test.setTimeout(120_000);
  await setLanguage(serviceWorker, 'fr');
  const page = await anef.open('dsfr/mon-compte');
  const panel = anef.panel(page);
  await expect(panel.getByRole('region', { name: 'Garder une preuve de ce problème' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Ça ne marche pas' }).click();
  const block = panel.getByRole('region', { name: 'Garder une preuve de ce problème' });
  await expect(block.getByRole('heading', { name: 'Garder une preuve de ce problème' })).toBeFocused();
  await expectNoAxeViolations(page, { include: 'repere-panel', label: 'fr panel after "Ça ne marche pas"' });
  await block.getByRole('checkbox', { name: /Ajouter une photo/ }).uncheck();
  await block.getByRole('button', { name: 'Noter ce problème dans mon journal' }).click();
  await expect(block.getByRole('status')).toContainText('C\'est noté dans votre journal');
  await expectNoAxeViolations(page, { include: 'repere-panel', label: 'fr panel after recording' });

  // Folded panel: "Ça ne marche pas" opens it at the incident block.
  await panel.getByRole('button', { name: 'Réduire' }).click();
  await panel.getByRole('button', { name: 'Ça ne marche pas' }).click();
  await expect(panel.getByRole('heading', { name: 'Garder une preuve de ce problème' })).toBeFocused();

  const errorPage = await anef.open(ERROR_PAGE);
  await expect(anef.panel(errorPage).getByRole('region', { name: 'Garder une preuve de ce problème' })).toBeVisible();
  await expectNoAxeViolations(errorPage, { include: 'repere-panel', label: 'fr panel on the error page' });

  const empty = await extension.open('letter.html');
  await expect(empty.getByText('Il manque des informations pour écrire la lettre :')).toBeVisible();
  await expectNoAxeViolations(empty, { label: 'fr print page, letter incomplete' });

  await seedProfile(serviceWorker);
  const dashboard = await extension.open('options.html#/failure');
  await expect(dashboard.getByRole('heading', { level: 2, name: '5. Après la lettre' })).toBeVisible();
  await expect(dashboard.getByText(/relancez la préfecture à partir du/)).toContainText('10/04/2027');
  // An image the person took themselves (here: a PNG screenshot) is made small and kept.
  const shot = await errorPage.screenshot({ type: 'png' });
  await dashboard.getByLabel('Ajouter une image').setInputFiles({ name: 'capture.png', mimeType: 'image/png', buffer: shot });
  await expect(dashboard.getByText('L\'image est ajoutée.')).toBeVisible();
  await expect(dashboard.getByRole('img', { name: 'Photo de la page ANEF du 05/03/2027 14:05' })).toBeVisible();
  const kept = (await storedJournal(serviceWorker)).incidents[0]!.photo!;
  expect(kept).toMatchObject({ source: 'file', width: 1280 });
  expect(kept.dataUrl).toMatch(/^data:image\/jpeg;base64,/);
  await dashboard.getByLabel('Remplacer l\'image').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('pas une image') });
  await expect(dashboard.getByText('Ce fichier n\'est pas une image que Repère peut lire. Choisissez une image PNG ou JPEG.')).toBeVisible();
  await scanDashboard(dashboard, 'fr dashboard failure with data');
  await dashboard.screenshot({ path: join(SCREENS, 'failure-fr-dashboard.png'), fullPage: true });

  const print = await extension.open('letter.html');
  await expect(print.locator('article[lang="fr"]')).toContainText('Préfecture de l\'Ain');
  await expectNoAxeViolations(print, { label: 'fr print page' });
  await print.screenshot({ path: join(SCREENS, 'failure-fr-letter-page.png'), fullPage: true });
});

test('Arabic UI: the empty flow passes axe (panel offer, dashboard steps, incomplete letter page)', async ({ anef, extension, serviceWorker }) => {
  await setLanguage(serviceWorker, 'ar');
  const page = await anef.open('dsfr/sejour-etudiant-3#error-after-load');
  await expect(anef.panel(page).getByRole('region', { name: 'احتفظ بدليل على هذه المشكلة' })).toBeVisible();
  const dashboard = await extension.open('options.html#/failure');
  await scanDashboard(dashboard, 'ar dashboard failure, empty');
  const print = await extension.open('letter.html');
  await expect(print.getByText('تنقص معلومات لكتابة الرسالة:')).toBeVisible();
  await expectNoAxeViolations(print, { label: 'ar print page, letter incomplete' });
});
