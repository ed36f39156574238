/**
 * The glossary in the dashboard's Help section and from words in the panel, in French and Arabic:
 * searchable list with the French word kept, a term in a help text opening its entry in a dialog,
 * focus back on the word when the dialog closes.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { HelpSection } from '../../../components/dashboard/help-section.tsx';
import { GlossaryProvider } from '../../../components/glossary/glossary-context.tsx';
import { OverlayApp } from '../../../components/overlay/overlay-app.tsx';
import { GLOSSARY } from '../../../utils/glossary/terms.ts';
import { usePageStore } from '../../../utils/state/page-store.ts';
import { useSettingsStore } from '../../../utils/state/settings-store.ts';
import { DEFAULT_SETTINGS } from '../../../utils/storage/items.ts';
import { testI18n } from '../test-i18n.ts';

async function renderHelp(language: 'fr' | 'ar') {
  const i18n = await testI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <GlossaryProvider>
        <HelpSection />
      </GlossaryProvider>
    </I18nextProvider>,
  );
  return i18n;
}

describe('glossary in the dashboard', () => {
  it('lists every word with its explanation (fr)', async () => {
    await renderHelp('fr');
    const section = screen.getByRole('region', { name: "Les mots d'ANEF" });
    expect(within(section).getAllByRole('listitem')).toHaveLength(GLOSSARY.length);
    expect(within(section).getByRole('heading', { name: 'Récépissé' })).toBeVisible();
    expect(within(section).getByRole('status')).toHaveTextContent(`${GLOSSARY.length} mots trouvés.`);
  });

  it('filters as the person types, and says how many words it found (fr)', async () => {
    await renderHelp('fr');
    const search = screen.getByRole('searchbox', { name: 'Chercher un mot' });
    await userEvent.type(search, 'recepisse');
    const section = screen.getByRole('region', { name: "Les mots d'ANEF" });
    expect(within(section).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('Récépissé');
    await userEvent.clear(search);
    await userEvent.type(search, 'zzzz');
    expect(within(section).queryAllByRole('listitem')).toHaveLength(0);
    expect(within(section).getByRole('status')).toHaveTextContent('Aucun mot trouvé');
  });

  it('keeps the French word beside the Arabic one, isolated right to left (ar)', async () => {
    await renderHelp('ar');
    const section = screen.getByRole('region', { name: 'كلمات ANEF' });
    const search = within(section).getByRole('searchbox', { name: 'ابحث عن كلمة' });
    await userEvent.type(search, 'récépissé');
    const item = within(section).getAllByRole('listitem')[0]!;
    expect(within(item).getByRole('heading')).toHaveTextContent('وصل الإيداع');
    const french = item.querySelector('.repere-glossary__french bdi')!;
    expect(french).toHaveTextContent('récépissé');
    expect(french.getAttribute('lang')).toBe('fr');
    expect(french.getAttribute('dir')).toBe('ltr');
    // Arabic plural forms: "وجدنا كلمة واحدة" for one word.
    await userEvent.clear(search);
    await userEvent.type(search, 'AGDREF');
    expect(within(section).getByRole('status')).toHaveTextContent('وجدنا كلمة واحدة.');
  });

  it('opens a word of a help text in a dialog and gives the focus back (fr)', async () => {
    await renderHelp('fr');
    const word = screen.getByRole('button', { name: 'Centre de contact citoyen' });
    await userEvent.click(word);
    const dialog = await screen.findByRole('dialog', { name: 'Centre de contact citoyen (CCC)' });
    expect(within(dialog).getByText(/0 806 001 620/)).toBeVisible();
    expect(within(dialog).getAllByText(/Source/, { selector: 'p' })).toHaveLength(2);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(word).toHaveFocus();
  });

  it('opens a word with the keyboard, Enter or Space (fr)', async () => {
    await renderHelp('fr');
    const word = screen.getByRole('button', { name: 'préfecture' });
    word.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Préfecture' })).toBeVisible();
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Fermer' }));
    expect(word).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(await screen.findByRole('dialog', { name: 'Préfecture' })).toBeVisible();
  });

  it('says the Arabic entry is a machine draft (ar)', async () => {
    await renderHelp('ar');
    await userEvent.click(screen.getByRole('button', { name: 'نقطة الاستقبال الرقمي' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/ترجمته آلة/)).toBeVisible();
  });
});

describe('glossary words in the panel', () => {
  beforeEach(() => {
    usePageStore.setState({ page: { kind: 'dossier', era: 'dsfr-2026', language: 'fr' } });
  });

  for (const language of ['fr', 'ar'] as const) {
    it(`links "API" to its entry without folding the panel on Escape (${language})`, async () => {
      useSettingsStore.setState({ settings: { ...DEFAULT_SETTINGS, language }, ready: true });
      const i18n = await testI18n(language, ['common', 'meta', 'pages', 'overlay']);
      render(<OverlayApp i18n={i18n} actions={{ openDashboard: () => {} }} browserLanguages={['fr']} />);
      const word = screen.getByRole('button', { name: language === 'fr' ? 'API' : "attestation de prolongation d'instruction, API" });
      await userEvent.click(word);
      const dialog = await screen.findByRole('dialog');
      // The glossary pack was not loaded with the panel: it comes on first use.
      expect(await within(dialog).findByRole('heading', { level: 2 })).toHaveTextContent(language === 'fr' ? 'Attestation de prolongation' : 'شهادة تمديد');
      await act(async () => {
        dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      });
      expect(screen.getByRole('complementary', { name: /Repère/ }).className).toContain('is-open');
    });
  }
});
