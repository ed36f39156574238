/**
 * The panel in French and Arabic: landmark named "Repère", the page name in plain words, lang and
 * dir on its own root, docked on the inline end (left in Arabic), folding to a launcher that keeps
 * "It doesn't work", and a space reserved on the host page. Component tests in happy-dom.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OverlayApp } from '../../../components/overlay/overlay-app.tsx';
import { usePageStore } from '../../../utils/state/page-store.ts';
import { useOverlayStore } from '../../../utils/state/overlay-store.ts';
import { DEFAULT_SETTINGS } from '../../../utils/storage/items.ts';
import { useSettingsStore } from '../../../utils/state/settings-store.ts';
import { testI18n } from '../test-i18n.ts';

async function renderPanel(language: 'fr' | 'ar', openDashboard = vi.fn()) {
  useSettingsStore.setState({ settings: { ...DEFAULT_SETTINGS, language }, ready: true });
  const i18n = await testI18n(language);
  const hostDocument = document.implementation.createHTMLDocument('ANEF');
  const view = render(
    <OverlayApp i18n={i18n} actions={{ openDashboard }} browserLanguages={['fr']} hostDocument={hostDocument} />,
  );
  return { view, hostDocument, openDashboard };
}

beforeEach(() => {
  usePageStore.setState({
    page: { kind: 'sejour-form', era: 'dsfr-2026', language: 'fr', formStep: { index: 3, total: 6, title: 'Ressources', key: 'resources' } },
  });
});

describe('panel in French', () => {
  it('is a complementary landmark named Repère, with lang and dir on its own root', async () => {
    await renderPanel('fr');
    const panel = screen.getByRole('complementary', { name: /Repère/ });
    const root = panel.closest('.repere-root')!;
    expect(root.getAttribute('lang')).toBe('fr');
    expect(root.getAttribute('dir')).toBe('ltr');
    expect(panel.className).toContain('repere-dock--right');
  });

  it('says where the person is and what to do, in plain words', async () => {
    await renderPanel('fr');
    expect(screen.getByRole('heading', { name: /Vous êtes sur : le formulaire de demande de titre de séjour/ })).toBeVisible();
    expect(screen.getByText('Étape 3 sur 6', { exact: false })).toBeVisible();
    expect(screen.getByText('Cette étape : vos ressources, c\'est-à-dire votre argent.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Que faire ici' })).toBeVisible();
    expect(screen.getByText(/ne pouvez plus la modifier/)).toBeVisible();
  });

  it('says it is unofficial and offers the language picker', async () => {
    await renderPanel('fr');
    expect(screen.getByText(/non officielle/, { selector: 'p' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: /Langue/ })).toHaveValue('fr');
  });

  it('"Ça ne marche pas" offers to record the problem, then leads to the failure steps', async () => {
    const { openDashboard } = await renderPanel('fr');
    expect(screen.queryByRole('heading', { name: 'Garder une preuve de ce problème' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Ça ne marche pas' }));
    const block = await screen.findByRole('heading', { name: 'Garder une preuve de ce problème' });
    await waitFor(() => expect(block).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Voir les étapes : CCC, PAN, lettre' }));
    expect(openDashboard).toHaveBeenCalledWith('failure');
  });

  it('shows the error ANEF displays, marked as French', async () => {
    usePageStore.setState({ page: { kind: 'error', era: 'dsfr-2026', language: 'fr', errorText: 'Une erreur technique est survenue.' } });
    await renderPanel('fr');
    const quote = screen.getByText('Une erreur technique est survenue.');
    expect(quote.getAttribute('lang')).toBe('fr');
    expect(screen.getByText(/0 806 001 620/).closest('bdi')?.getAttribute('dir')).toBe('ltr');
    expect(screen.getByRole('link', { name: 'Article R. 431-2 du CESEDA' })).toBeVisible();
  });

  it('folds to a launcher that keeps "Ça ne marche pas", and reopens', async () => {
    await renderPanel('fr');
    await userEvent.click(screen.getByRole('button', { name: 'Réduire' }));
    const panel = screen.getByRole('complementary', { name: /Repère/ });
    expect(within(panel).getByRole('button', { name: 'Ça ne marche pas' })).toBeVisible();
    const open = within(panel).getByRole('button', { name: 'Aide' });
    expect(open).toHaveFocus();
    await userEvent.click(open);
    expect(screen.getByRole('heading', { level: 2, name: /Repère/ })).toHaveFocus();
  });

  it('takes the focus when the keyboard shortcut asks for it', async () => {
    await renderPanel('fr');
    act(() => useOverlayStore.getState().requestFocus());
    expect(screen.getByRole('heading', { level: 2, name: /Repère/ })).toHaveFocus();
  });

  it('reserves room on the host page and removes it when unmounted', async () => {
    const { view, hostDocument } = await renderPanel('fr');
    expect(hostDocument.querySelector('style[data-repere-space]')).not.toBeNull();
    view.unmount();
    expect(hostDocument.querySelector('style[data-repere-space]')).toBeNull();
  });
});

describe('panel in Arabic', () => {
  it('is right-to-left, docked on the left, with the same landmark', async () => {
    await renderPanel('ar');
    const panel = screen.getByRole('complementary', { name: /Repère/ });
    const root = panel.closest('.repere-root')!;
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(panel.className).toContain('repere-dock--left');
  });

  it('speaks Arabic and keeps ANEF words in French', async () => {
    await renderPanel('ar');
    expect(screen.getByRole('heading', { name: /أنت في/ })).toBeVisible();
    expect(screen.getByText('Ressources').getAttribute('lang')).toBe('fr');
    expect(screen.getByRole('button', { name: 'لا يعمل' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: /Langue/ })).toHaveValue('ar');
    expect(screen.getByText(/هذه الترجمة صنعتها آلة/)).toBeVisible();
  });

  it('moves to the other side when asked', async () => {
    await renderPanel('ar');
    await userEvent.click(screen.getByRole('button', { name: 'ضع المساعدة على اليمين' }));
    expect(useSettingsStore.getState().settings.dockSide).toBe('right');
    expect(screen.getByRole('complementary', { name: /Repère/ }).className).toContain('repere-dock--right');
  });
});
