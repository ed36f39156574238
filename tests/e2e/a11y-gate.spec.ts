/**
 * The accessibility gate (issue 9): axe with the WCAG 2.2 A/AA rules on every screen, in French
 * and Arabic; panel controls at least 44 × 44 CSS px (measured); the panel reflows at 320 px width
 * (200 % zoom of a 640 px window and more) without sideways scrolling; and a keyboard-only walk.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './harness.ts';

/** One fixture page per kind of page the panel knows. */
const PANEL_PAGES = [
  'dsfr/home', 'primeng/connexion-inscription', 'dsfr/inscription', 'dsfr/mon-compte', 'primeng/mon-compte#nationalite',
  'dsfr/sejour-etudiant-4', 'primeng/sejour-etudiant-5', 'dsfr/dossier', 'dsfr/sejour-etudiant-3#error-after-load',
  'maintenance', 'dsfr/session-expiree', 'dsfr/rendez-vous',
];
const DASHBOARD = ['procedures', 'documents', 'failure', 'help', 'privacy', 'settings'];
const PAGES = ['popup.html', 'letter.html', 'print-checklist.html', 'proof.html', 'practice.html', 'summary.html'];

async function setLanguage(serviceWorker: { evaluate: Page['evaluate'] }, language: string) {
  await serviceWorker.evaluate(async (lang: string) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { dockSide: 'auto', panelOpen: true, ...(settings as object), language: lang } });
  }, language);
}

for (const language of ['fr', 'ar'] as const) {
  test(`axe (WCAG 2.2 AA) finds nothing on any screen (${language})`, async ({ anef, extension, serviceWorker, context }) => {
    test.setTimeout(300_000);
    await setLanguage(serviceWorker, language);
    const page = await context.newPage();
    for (const id of PANEL_PAGES) {
      await anef.open(id, page);
      await expect(anef.panel(page).getByRole('heading', { level: 3 }).first()).toBeVisible();
      await expectNoAxeViolations(page, { include: 'repere-panel', label: `${language} panel ${id}` });
    }
    for (const section of DASHBOARD) {
      await page.goto(extension.url(`options.html#/${section}`));
      await expect(page.locator('main h1')).toBeVisible();
      await expectNoAxeViolations(page, { label: `${language} dashboard ${section}` });
    }
    for (const path of PAGES) {
      await page.goto(extension.url(path));
      await expect(page.locator('#root')).not.toBeEmpty();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoAxeViolations(page, { label: `${language} ${path}` });
    }
    // The static privacy statement (French and English, whatever the UI language).
    await page.goto(extension.url('privacy.html'));
    await expect(page.getByRole('heading', { level: 1, name: /confidentialité/ })).toBeVisible();
    await expectNoAxeViolations(page, { label: 'privacy statement' });
  });
}

/** Interactive controls of the panel, with the box a pointer can hit (a checkbox's label counts). */
async function targetBoxes(panel: Locator) {
  return panel.evaluate((root) => {
    const scope = root.getRootNode() as ShadowRoot;
    const controls = [...scope.querySelectorAll<HTMLElement>('button, select, input, textarea, a.repere-button, summary')]
      .filter((element) => element.checkVisibility() && !element.closest('.repere-term'));
    return controls.map((element) => {
      let box = element.getBoundingClientRect();
      if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
        const label = element.labels?.[0] ?? element.closest('label');
        if (label) {
          const labelBox = label.getBoundingClientRect();
          box = new DOMRect(Math.min(box.left, labelBox.left), Math.min(box.top, labelBox.top),
            Math.max(box.right, labelBox.right) - Math.min(box.left, labelBox.left),
            Math.max(box.bottom, labelBox.bottom) - Math.min(box.top, labelBox.top));
        }
      }
      return { what: `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`, width: box.width, height: box.height };
    });
  });
}

test('every control of the panel is at least 44 × 44 CSS px', async ({ anef }) => {
  for (const id of ['dsfr/sejour-etudiant-4', 'dsfr/sejour-etudiant-3#error-after-load', 'dsfr/mon-compte']) {
    const page = await anef.open(id);
    const panel = anef.panel(page);
    await expect(panel.getByRole('heading', { level: 3 }).first()).toBeVisible();
    const boxes = await targetBoxes(panel);
    expect(boxes.length, id).toBeGreaterThan(5);
    const small = boxes.filter((box) => box.width < 44 || box.height < 44).map((box) => `${box.what} ${Math.round(box.width)}×${Math.round(box.height)}`);
    expect(small, id).toEqual([]);
    await panel.getByRole('button', { name: 'Réduire' }).click();
    const folded = await targetBoxes(anef.panel(page));
    expect(folded.filter((box) => box.width < 44 || box.height < 44), `${id} folded`).toEqual([]);
    await anef.panel(page).getByRole('button', { name: 'Aide' }).click();
    await page.close();
  }
});

for (const width of [640, 320]) {
  test(`the panel reflows at ${width} px (${1280 / width * 100} % zoom of a 1280 px window)`, async ({ anef, context }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 700 });
    await anef.open('dsfr/sejour-etudiant-4', page);
    const panel = anef.panel(page);
    await expect(panel.getByRole('heading', { level: 3 }).first()).toBeVisible();
    const sizes = await panel.evaluate((dock) => {
      const body = dock.querySelector('.repere-panel__body') ?? dock;
      return { dock: dock.getBoundingClientRect().width, scroll: body.scrollWidth, client: body.clientWidth };
    });
    expect(sizes.dock).toBeLessThanOrEqual(width);
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client + 1);
    // ANEF's last button can still be reached above the panel and used.
    const next = page.getByRole('button', { name: /Enregistrer et poursuivre/i });
    await next.scrollIntoViewIfNeeded();
    await next.click();
    await expect(panel.getByText('Étape 5 sur 6')).toBeVisible();
  });
}

test('keyboard only: reach the panel, follow a procedure, tick an item, open the dashboard', async ({ anef, context }) => {
  const page = await anef.open('dsfr/sejour-etudiant-4');
  await expect(anef.panel(page).getByRole('heading', { level: 3 }).first()).toBeVisible();
  await page.keyboard.press('Alt+Shift+KeyR');
  const active = () => page.evaluate(() => {
    const inner = document.activeElement?.shadowRoot?.activeElement;
    return inner ? `${inner.tagName} ${(inner.getAttribute('aria-label') ?? inner.textContent ?? '').trim().slice(0, 60)}` : document.activeElement?.tagName;
  });
  await expect.poll(active).toMatch(/^H2 .*Repère/);
  /** Tabs forward until the focused control's text matches; fails after 60 steps. */
  const tabTo = async (pattern: RegExp) => {
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      if (pattern.test((await active()) ?? '')) return;
    }
    throw new Error(`never reached ${pattern}`);
  };
  await tabTo(/^BUTTON Suivre cette démarche/);
  await page.keyboard.press('Enter');
  await tabTo(/^INPUT/);
  await page.keyboard.press('Space');
  await expect(anef.panel(page).getByRole('status').filter({ hasText: /case cochée/ })).toHaveText(/^1 case cochée/);
  const opened = context.waitForEvent('page');
  await tabTo(/^BUTTON Ouvrir mon tableau de bord/);
  await page.keyboard.press('Enter');
  const dashboard = await opened;
  await expect(dashboard.locator('main h1')).toBeVisible();
  // And focus can always leave the panel (it is still on its last button): no keyboard trap.
  await page.bringToFront();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('REPERE-PANEL');
  let left = false;
  for (let i = 0; i < 120; i += 1) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => document.activeElement?.tagName);
    if (now !== 'REPERE-PANEL') {
      left = true;
      break;
    }
  }
  expect(left).toBe(true);
});
