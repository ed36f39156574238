/**
 * Shared computers in Chromium, end to end:
 * - two protected profiles with different checklists; lock; unlocking B shows nothing of A in the
 *   panel, the dashboard, the popup, the badge, notifications, ANEF's own DOM or titles;
 * - raw storage.local never holds the person's values in clear on a shared computer or with a
 *   passphrase (every stored value scanned);
 * - the content script cannot read session storage (where the key is);
 * - "Next person" and "Erase everything" (all storage areas read from the service worker);
 * - the automatic lock after the idle time, with the 30-second warning and "I'm still here", on a
 *   headed Chromium in a private Xvfb (headless Chromium never reports "idle": tests/tools/xvfb.mjs);
 * - export, then import on a fresh browser profile; corrupted backups refused, nothing changed;
 * - the first-run question in the browser's language.
 * The person's data here is their checklist: procedure and item ids are what must never show.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { PORTAL_ORIGIN } from '../fixtures/server.mjs';
import { launchChromium } from '../tools/chromium.mjs';
import { startXvfb } from '../tools/xvfb.mjs';
import { flatPack } from '../components/test-i18n.ts';
import { expect, test, welcomeTab } from './harness.ts';

const procedures = flatPack('fr', 'procedures');
const privacy = flatPack('fr', 'privacy');
const label = (item: string) => procedures.get(`item.${item}.label`)!.replace(/<\/?fr>/g, '');
const name = (procedure: string) => procedures.get(`procedure.${procedure}.name`)!;
const p = (key: string) => privacy.get(key)!;

const A = { procedure: 'etudiant-renouvellement', items: ['passport', 'ephoto'], picture: 'Soleil', passphrase: 'soleil du matin 7' };
const B = { procedure: 'vls-ts', items: ['vls-ts-details'], picture: 'Arbre', passphrase: 'arbre de la cour 3' };
/** Everything that would tell who A or B is, as stored. */
const PERSONAL = /etudiant-renouvellement|vls-ts|"passport"|ephoto|vls-ts-details/;

async function dashboardAt(page: Page, section: string) {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/${section}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function follow(dashboard: Page, person: typeof A) {
  await dashboardAt(dashboard, 'procedures');
  await dashboard.getByRole('combobox', { name: 'Ma démarche' }).selectOption(person.procedure);
  for (const item of person.items) await dashboard.getByRole('checkbox', { name: label(item) }).check();
  for (const item of person.items) await expect(dashboard.getByRole('checkbox', { name: label(item) })).toBeChecked();
}

async function createProfile(dashboard: Page, person: typeof A) {
  await dashboardAt(dashboard, 'privacy');
  await dashboard.getByText(p('profiles.create'), { exact: true }).click();
  const form = dashboard.locator('form.repere-profile-form');
  await form.getByRole('radio', { name: person.picture }).check();
  await form.getByLabel(p('passphrase.new')).fill(person.passphrase);
  await form.getByLabel(p('passphrase.again')).fill(person.passphrase);
  await form.getByRole('button', { name: p('profiles.createButton') }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: p('profiles.created') })).toBeVisible();
}

async function unlock(dashboard: Page, person: typeof A) {
  await expect(dashboard.getByRole('heading', { name: p('unlock.profilesTitle') })).toBeVisible();
  await dashboard.getByRole('radio', { name: person.picture }).check();
  await dashboard.getByLabel(p('passphrase.label'), { exact: true }).fill(person.passphrase);
  await dashboard.getByRole('button', { name: p('unlock.button'), exact: true }).click();
}

/** Every storage area as the service worker reads it. */
async function storageDump(worker: Worker): Promise<{ local: Record<string, unknown>; session: Record<string, unknown>; sync: Record<string, unknown> }> {
  return worker.evaluate(async () => ({
    local: await chrome.storage.local.get(),
    session: await chrome.storage.session.get(),
    sync: await chrome.storage.sync.get(),
  }));
}

/** Session storage without the random id of the current session (nothing personal in it). */
function withoutSessionId(session: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, ...rest } = session;
  return rest;
}

async function setLanguage(worker: Worker, language: string) {
  await worker.evaluate(async (lang) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { dockSide: 'auto', panelOpen: true, ...(settings as object), language: lang } });
  }, language);
}

test.describe('shared computer', () => {
  test.use({ deviceMode: 'shared' });

  test('two profiles: locked, then B unlocked shows nothing of A anywhere', async ({ anef, extension, serviceWorker }) => {
    test.setTimeout(120_000);
    const dashboard = await extension.open('options.html#/procedures');
    await follow(dashboard, A);
    await createProfile(dashboard, A);

    // Next person: A's profile exists, so the next person sees the lock screen (pictures only).
    await dashboard.getByRole('button', { name: p('nextPerson.button') }).first().click();
    await dashboardAt(dashboard, 'procedures');
    await expect(dashboard.getByRole('heading', { name: p('unlock.profilesTitle') })).toBeVisible();
    await dashboard.getByRole('button', { name: p('unlock.guest') }).click();
    await follow(dashboard, B);
    await createProfile(dashboard, B);

    // Nothing of either person in clear in local storage.
    expect(JSON.stringify((await storageDump(serviceWorker)).local)).not.toMatch(PERSONAL);

    // Lock.
    await dashboard.getByRole('button', { name: p('lockNow') }).click();
    const page = await anef.open('dsfr/home');
    const panel = anef.panel(page);
    await expect(panel.getByRole('heading', { name: p('locked.title') })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Mes étapes' })).toHaveCount(0);
    const popup = await extension.open('popup.html');
    await expect(popup.getByRole('heading', { name: p('locked.title') })).toBeVisible();

    // The lock screen shows the two pictures and no name.
    await dashboardAt(dashboard, 'procedures');
    const lockScreen = dashboard.locator('.repere-lock-screen');
    await expect(lockScreen.getByRole('radio')).toHaveCount(2);
    await expect(lockScreen.getByRole('radio', { name: A.picture })).toBeVisible();
    await expect(lockScreen.getByRole('radio', { name: B.picture })).toBeVisible();

    // A wrong passphrase opens nothing.
    await dashboard.getByRole('radio', { name: B.picture }).check();
    await dashboard.getByLabel(p('passphrase.label'), { exact: true }).fill(A.passphrase);
    await dashboard.getByRole('button', { name: p('unlock.button'), exact: true }).click();
    await expect(dashboard.getByRole('alert').filter({ hasText: p('error.wrong-passphrase') })).toBeVisible();
    await expect(panel.getByRole('heading', { name: p('locked.title') })).toBeVisible();

    await unlock(dashboard, B);
    await expect(dashboard.getByRole('combobox', { name: 'Ma démarche' })).toHaveValue(B.procedure);
    await expect(dashboard.getByRole('checkbox', { name: label('vls-ts-details') })).toBeChecked();
    await expect(dashboard.getByRole('heading', { name: name(A.procedure) })).toHaveCount(0);

    // The open panel follows at once, with B only.
    await expect(panel.getByRole('heading', { name: name(B.procedure) })).toBeVisible();
    await expect(panel.getByRole('heading', { name: name(A.procedure) })).toHaveCount(0);
    await expect(panel.getByRole('checkbox', { name: label('ephoto') })).toHaveCount(0);
    await panel.getByText('Changer de démarche').click();
    await expect(panel.getByRole('combobox', { name: 'Ma démarche' })).toHaveValue(B.procedure);
    await popup.reload();
    await expect(popup.locator('body')).not.toContainText(name(A.procedure));
    await expect(popup.getByRole('heading', { name: p('locked.title') })).toHaveCount(0);

    // Badge, notifications, ANEF's own DOM, titles and URLs: nothing of anyone.
    expect(await serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    expect(await serviceWorker.evaluate(async () => (chrome.notifications ? Object.keys(await chrome.notifications.getAll()) : []))).toEqual([]);
    const lightDom = await page.evaluate(() => `${document.title} ${location.href} ${document.body.innerText}`);
    expect(lightDom).not.toContain(name(A.procedure));
    expect(lightDom).not.toContain(name(B.procedure));
    for (const view of [dashboard, popup, page]) expect(`${await view.title()} ${view.url()}`).not.toMatch(PERSONAL);
    expect(await dashboard.title()).not.toContain(name(B.procedure));
  });

  test('"Next person" and "Erase everything" leave nothing personal in any storage area', async ({ extension, serviceWorker }) => {
    const dashboard = await extension.open('options.html#/procedures');
    await follow(dashboard, { ...A, items: [] });
    await setLanguage(serviceWorker, 'en');
    await expect(dashboard.locator('html')).toHaveAttribute('lang', 'en');
    // Without a profile the data is in session storage only.
    let dump = await storageDump(serviceWorker);
    expect(JSON.stringify(dump.session)).toMatch(PERSONAL);
    expect(JSON.stringify(dump.local)).not.toMatch(PERSONAL);
    const firstSession = dump.session.id;

    // Next person: the session is emptied, back to the browser's language (French here).
    await dashboard.getByRole('button', { name: 'Next person' }).first().click();
    await expect(dashboard.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(dashboard.getByRole('combobox', { name: 'Ma démarche' })).toHaveValue('');
    dump = await storageDump(serviceWorker);
    expect(JSON.stringify(dump)).not.toMatch(PERSONAL);
    // Only the new session's random id (made when the pages read again) is in session storage.
    expect(withoutSessionId(dump.session)).toEqual({});
    expect(dump.session.id).not.toBe(firstSession);

    // A person with a protected profile erases everything.
    await follow(dashboard, A);
    await createProfile(dashboard, A);
    await dashboard.getByRole('button', { name: p('erase.button') }).click();
    await dashboard.getByRole('button', { name: p('erase.yes') }).click();
    const checklist = dashboard.getByRole('region', { name: p('endOfSession.title') });
    await expect(checklist.getByRole('listitem')).toHaveText([p('endOfSession.logout'), p('endOfSession.downloads'), p('endOfSession.passwords'), p('endOfSession.close')]);
    dump = await storageDump(serviceWorker);
    expect(JSON.stringify(dump)).not.toMatch(PERSONAL);
    expect(dump.local.profiles ?? []).toEqual([]);
    expect(withoutSessionId(dump.session)).toEqual({});
    expect(dump.sync).toEqual({});
  });

  test('the panel (content script) cannot read session storage, where the key is', async ({ anef, extension, context }) => {
    const dashboard = await extension.open('options.html#/procedures');
    await follow(dashboard, A);
    await createProfile(dashboard, A);
    const page = await anef.open('dsfr/home');
    await expect(anef.panel(page).getByRole('heading', { name: name(A.procedure) })).toBeVisible();

    const cdp = await context.newCDPSession(page);
    const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: created }) => worlds.push(created));
    await cdp.send('Runtime.enable');
    // The extension's isolated world is named after the extension (its localised name).
    const ours = worlds.find((world) => world.auxData?.type === 'isolated' && world.name.startsWith('Repère'));
    expect(ours, JSON.stringify(worlds.map((world) => world.name))).toBeDefined();
    const run = async (expression: string) =>
      (await cdp.send('Runtime.evaluate', { expression, contextId: ours!.id, awaitPromise: true, returnByValue: true })).result.value as string;
    // The same world reads local storage (so the probe is in the right place)…
    expect(await run('chrome.storage.local.get("lockState").then((v) => JSON.stringify(v))')).toContain('open');
    // …and is refused session storage.
    expect(await run('chrome.storage.session.get().then((v) => "read: " + JSON.stringify(v), (e) => "refused: " + e.message)')).toMatch(/^refused/);
  });
});

test.describe('own device', () => {
  test('with a passphrase, nothing of the person is in clear in local storage; locked after a restart', async ({ extension, serviceWorker, browserProfile }) => {
    const dashboard = await extension.open('options.html#/procedures');
    await follow(dashboard, A);
    expect(JSON.stringify((await storageDump(serviceWorker)).local)).toMatch(PERSONAL);

    await dashboardAt(dashboard, 'privacy');
    const section = dashboard.getByRole('region', { name: p('ownPassphrase.title') });
    await section.getByLabel(p('passphrase.new')).fill(A.passphrase);
    await section.getByLabel(p('passphrase.again')).fill(A.passphrase);
    await section.getByRole('button', { name: p('ownPassphrase.set') }).click();
    await expect(section.getByRole('status')).toHaveText(p('ownPassphrase.saved'));
    expect(JSON.stringify((await storageDump(serviceWorker)).local)).not.toMatch(PERSONAL);

    // A browser restart locks.
    const context = await browserProfile.relaunch();
    const again = await context.newPage();
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await again.goto(`chrome-extension://${new URL(worker.url()).host}/options.html#/procedures`);
    await expect(again.getByRole('heading', { name: p('unlock.ownTitle') })).toBeVisible();
    await again.getByLabel(p('passphrase.label'), { exact: true }).fill(A.passphrase);
    await again.getByRole('button', { name: p('unlock.button'), exact: true }).click();
    await expect(again.getByRole('checkbox', { name: label('ephoto') })).toBeChecked();
  });

  test('export, then import on a fresh browser profile; corrupted backups are refused and change nothing', async ({ extension, fixtureServer }) => {
    test.setTimeout(120_000);
    const dashboard = await extension.open('options.html#/procedures');
    await follow(dashboard, A);
    await dashboardAt(dashboard, 'privacy');
    const exporting = dashboard.locator('.repere-backup .repere-slot').first();
    await exporting.getByLabel(p('backup.passphrase')).fill('sauvegarde du jour');
    await exporting.getByLabel(p('passphrase.again')).fill('sauvegarde du jour');
    const downloading = dashboard.waitForEvent('download');
    await exporting.getByRole('button', { name: p('backup.export') }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^repere-\d{4}-\d{2}-\d{2}\.repere-backup\.json$/);
    await expect(exporting.getByText(p('backup.move'))).toBeVisible();
    const dir = mkdtempSync(join(tmpdir(), 'repere-backup-'));
    const file = join(dir, 'backup.json');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(PERSONAL);

    // The readable summary.
    const opening = dashboard.context().waitForEvent('page');
    await exporting.getByRole('link', { name: p('backup.summary') }).click();
    const summary = await opening;
    await expect(summary.getByRole('heading', { level: 3, name: new RegExp(name(A.procedure)) })).toBeVisible();
    await expect(summary.getByText(label('ephoto'))).toBeVisible();
    expect(await summary.title()).not.toContain(name(A.procedure));
    await summary.screenshot({ path: join(import.meta.dirname, '../.artifacts/privacy/fr-summary.png'), fullPage: true });

    // A fresh browser profile, with something of its own already there.
    const userDataDir = mkdtempSync(join(tmpdir(), 'repere-e2e-fresh-'));
    const fresh: BrowserContext = await launchChromium({ userDataDir, fixturePort: fixtureServer.port });
    try {
      await (await welcomeTab(fresh)).close();
      const worker = fresh.serviceWorkers()[0] ?? (await fresh.waitForEvent('serviceworker'));
      await worker.evaluate(() => chrome.storage.local.set({ device: { mode: 'own' } }));
      const page = await fresh.newPage();
      await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html#/procedures`);
      await follow(page, B);
      await dashboardAt(page, 'privacy');
      const importing = page.locator('.repere-backup .repere-slot').nth(1);
      const before = JSON.stringify(await storageDump(worker));
      const tryImport = async (content: string, passphrase: string) => {
        const path = join(dir, `try-${Math.random()}.json`);
        writeFileSync(path, content);
        await importing.getByLabel(p('backup.file')).setInputFiles(path);
        await importing.getByLabel(p('backup.passphrase')).fill(passphrase);
        await importing.getByRole('button', { name: p('backup.import') }).click();
      };

      const envelope = JSON.parse(text) as { data: { ct: string; iv: string } };
      const flipped = { ...envelope, data: { ...envelope.data, ct: (envelope.data.ct[0] === 'A' ? 'B' : 'A') + envelope.data.ct.slice(1) } };
      for (const [content, passphrase, message] of [
        [text.slice(0, text.length / 2), 'sauvegarde du jour', p('backup.error.not-json')],
        [JSON.stringify({ ...envelope, data: { ...envelope.data, iv: 'AAAA' } }), 'sauvegarde du jour', p('backup.error.damaged')],
        [JSON.stringify({ ...envelope, version: 9 }), 'sauvegarde du jour', p('backup.error.unknown-version')],
        [JSON.stringify(flipped), 'sauvegarde du jour', p('backup.error.wrong-passphrase')],
        [text, 'pas la bonne phrase', p('backup.error.wrong-passphrase')],
      ] as const) {
        await tryImport(content, passphrase);
        await expect(importing.getByRole('alert')).toHaveText(message);
        expect(JSON.stringify(await storageDump(worker))).toBe(before);
      }
      await dashboardAt(page, 'procedures');
      await expect(page.getByRole('combobox', { name: 'Ma démarche' })).toHaveValue(B.procedure);

      // The real file, with its passphrase: A's data is back.
      await dashboardAt(page, 'privacy');
      await tryImport(text, 'sauvegarde du jour');
      await expect(importing.getByRole('status')).toHaveText(p('backup.imported'));
      await dashboardAt(page, 'procedures');
      await expect(page.getByRole('combobox', { name: 'Ma démarche' })).toHaveValue(A.procedure);
      for (const item of A.items) await expect(page.getByRole('checkbox', { name: label(item) })).toBeChecked();
    } finally {
      await fresh.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('first run', () => {
  test.use({ deviceMode: null, firstRunTab: 'keep' });

  test('asks whose computer this is, in the browser\'s language', async ({ context, serviceWorker }) => {
    const welcome = await welcomeTab(context);
    await expect(welcome.getByRole('heading', { level: 1, name: p('welcome.title') })).toBeVisible();
    await welcome.getByRole('radio', { name: new RegExp(p('welcome.shared.label')) }).check();
    await welcome.getByRole('button', { name: p('welcome.confirm') }).click();
    await expect(welcome.getByText(p('welcome.sharedDone'))).toBeVisible();
    expect((await serviceWorker.evaluate(() => chrome.storage.local.get('device'))).device).toEqual({ mode: 'shared' });
  });

  test('in Arabic for an Arabic browser, right to left', async ({ fixtureServer }) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'repere-e2e-ar-'));
    const context = await launchChromium({ userDataDir, fixturePort: fixtureServer.port, locale: 'ar', extraArgs: ['--lang=ar'] });
    try {
      const welcome = await welcomeTab(context);
      await expect(welcome.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(welcome.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(welcome.getByRole('heading', { level: 1, name: flatPack('ar', 'privacy').get('welcome.title')! })).toBeVisible();
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});

test('auto-lock after the idle time, with the 30-second warning and "I\'m still here"', async ({ fixtureServer }) => {
  test.setTimeout(300_000);
  const xvfb = await startXvfb();
  const userDataDir = mkdtempSync(join(tmpdir(), 'repere-e2e-idle-'));
  const context = await launchChromium({ userDataDir, fixturePort: fixtureServer.port, headless: false, env: { DISPLAY: xvfb.display } });
  try {
    await (await welcomeTab(context)).close();
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(() => chrome.storage.local.set({ device: { mode: 'shared' } }));
    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${new URL(worker.url()).host}/options.html#/procedures`);
    await follow(dashboard, A);
    await createProfile(dashboard, A);
    const page = await context.newPage();
    await page.goto(`${PORTAL_ORIGIN}/usagers/#/`);
    const panel = page.getByRole('complementary', { name: /Repère/ });
    await expect(panel.getByRole('heading', { name: name(A.procedure) })).toBeVisible();

    // The shortest delay: 1 minute = 30 s without input, then the 30-second warning. Nobody has
    // touched this X server's keyboard or mouse since it started.
    await dashboardAt(dashboard, 'privacy');
    await dashboard.getByRole('combobox', { name: p('autoLock.label') }).selectOption('1');
    const warning = (view: Page) => view.getByRole('alert').filter({ hasText: /Repère va se verrouiller dans/ });
    await expect(warning(panel.page())).toBeVisible({ timeout: 45_000 });
    await expect(warning(dashboard)).toBeVisible();
    await panel.getByRole('button', { name: p('warning.stillHere') }).click();
    await expect(warning(page)).toHaveCount(0);
    await expect(warning(dashboard)).toHaveCount(0);
    const answeredAt = Date.now();

    // Still nobody at the keyboard: the warning comes back after the idle delay, then it locks.
    await expect(warning(page)).toBeVisible({ timeout: 45_000 });
    const warnedAt = Date.now();
    expect(warnedAt - answeredAt).toBeGreaterThan(20_000);
    await expect(panel.getByRole('heading', { name: p('locked.title') })).toBeVisible({ timeout: 45_000 });
    expect(Date.now() - warnedAt).toBeGreaterThan(20_000);
    await expect(panel).not.toContainText(name(A.procedure));
    await dashboardAt(dashboard, 'procedures');
    await expect(dashboard.getByRole('heading', { name: p('unlock.profilesTitle') })).toBeVisible();
  } finally {
    await context.close();
    xvfb.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
