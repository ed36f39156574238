/**
 * axe finds nothing, in every language of the table, on: the panel (with the "?" beside ANEF's
 * fields), a field explanation, a glossary entry opened from the panel, and the dashboard's Help
 * section with the searchable glossary and the languages' review states.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGUAGES } from '../../utils/i18n/languages.ts';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './harness.ts';

const LOCALES = resolve(import.meta.dirname, '../../locales');
const glossaryTitle = (code: string) =>
  (JSON.parse(readFileSync(resolve(LOCALES, code, 'glossary.json'), 'utf8')) as { title: string }).title;

for (const language of LANGUAGES) {
  test(`no axe violations on the panel, field help and glossary (${language.code})`, async ({ anef, extension, serviceWorker }) => {
    test.setTimeout(120_000);
    await serviceWorker.evaluate(async (code) => {
      await chrome.storage.local.set({ settings: { language: code, dockSide: 'auto', panelOpen: true } });
    }, language.code);

    const form = await anef.open('dsfr/sejour-etudiant-1');
    await expect(form.locator('repere-panel .repere-root')).toHaveAttribute('lang', language.htmlLang);
    await expect(form.locator('repere-field-help').getByRole('button')).toHaveCount(6);
    await expectNoAxeViolations(form, { include: 'repere-panel', label: `${language.code} panel` });
    await expectNoAxeViolations(form, { include: 'repere-field-help', label: `${language.code} field help` });
    await form.locator('repere-field-help').getByRole('button').nth(3).click();
    await expect(form.locator('repere-field-help').getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(form, { include: 'repere-field-help', label: `${language.code} field explanation` });
    await form.close();

    const dossier = await anef.open('dsfr/dossier');
    await anef.panel(dossier).locator('.repere-term').first().click();
    const entry = dossier.locator('repere-panel').getByRole('dialog');
    await expect(entry.getByRole('heading', { level: 2 })).not.toHaveText('…');
    await expectNoAxeViolations(dossier, { include: 'repere-panel', label: `${language.code} glossary entry` });
    await dossier.close();

    const help = await extension.open('options.html#/help');
    await expect(help.getByRole('region', { name: glossaryTitle(language.code) })).toBeVisible();
    await expectNoAxeViolations(help, { label: `${language.code} dashboard help and glossary` });
    await help.close();
  });
}
