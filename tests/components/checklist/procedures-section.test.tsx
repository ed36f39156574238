/**
 * The dashboard's procedures section and the printable page, in French and Arabic: choose a
 * procedure, see every step with its items and sources, tick, untick everything only after a
 * confirmation, open the printable page; the printable page prints the ticks and, in Arabic, the
 * French words beside each item.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrintChecklistPage } from '../../../components/checklist/print-page.tsx';
import { ProceduresSection } from '../../../components/checklist/procedures-section.tsx';
import { findProcedure } from '../../../utils/checklist/catalog.ts';
import type { ChecklistProgress } from '../../../utils/checklist/progress.ts';
import { useProfileStore } from '../../../utils/state/profile-store.ts';
import { bindMemoryProfile, memoryProfile, renderLocalized, type MemoryProfile } from './render.tsx';

let profile: MemoryProfile;
let unbind: () => void = () => {};

async function renderWith(language: 'fr' | 'ar', ui: React.ReactNode, progress?: ChecklistProgress) {
  profile = memoryProfile(progress);
  unbind = await bindMemoryProfile(profile);
  return renderLocalized(language, ui);
}

beforeEach(() => {
  useProfileStore.setState({ status: 'loading', profile: null, invalid: [] });
});

afterEach(() => unbind());

describe('procedures section in French', () => {
  it('shows every step of the chosen procedure with its items and sources', async () => {
    await renderWith('fr', <ProceduresSection />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Ma démarche' }), 'dcem');
    expect(await screen.findByRole('heading', { level: 2, name: 'Document de circulation pour étranger mineur (DCEM)' })).toBeVisible();
    const procedure = findProcedure('dcem')!;
    for (const step of ['Avant de commencer', 'Documents justificatifs', 'Faire la démarche sur ANEF', 'Vérifier avant d\'envoyer', 'Après l\'envoi']) {
      expect(screen.getByRole('heading', { level: 3, name: step })).toBeVisible();
    }
    expect(screen.getAllByRole('checkbox')).toHaveLength(procedure.steps.reduce((n, step) => n + step.items.length, 0));
    expect(screen.getByRole('checkbox', { name: 'Livret de famille ou acte de naissance avec filiation' })).toBeVisible();
    expect(screen.getByRole('link', { name: /Ouvrir le site officiel timbres\.impots\.gouv\.fr/ })).toHaveAttribute('href', 'https://timbres.impots.gouv.fr');
    const sources = screen.getByRole('region', { name: 'Sources des règles' });
    expect(within(sources).getByRole('link', { name: /fiche F2718/ })).toBeVisible();
    expect(profile.checklist().chosen).toBe('dcem');
  });

  it('ticks, counts, and offers the one-page print', async () => {
    await renderWith('fr', <ProceduresSection />, { chosen: 'vls-ts', ticked: {} });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Validez votre VLS-TS dans les 3 mois après votre arrivée en France.' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^1 case cochée sur/);
    expect(profile.checklist().ticked['vls-ts']).toEqual(['vls-ts-deadline']);
    expect(screen.getByRole('link', { name: 'Imprimer ma liste (une page)' })).toHaveAttribute('href', 'print-checklist.html');
  });

  it('unticks everything only after a confirmation, and can be cancelled', async () => {
    await renderWith('fr', <ProceduresSection />, { chosen: 'vls-ts', ticked: { 'vls-ts': ['vls-ts-deadline', 'anef-account'] } });
    await userEvent.click(await screen.findByRole('button', { name: 'Décocher toutes les cases de cette démarche' }));
    await userEvent.click(screen.getByRole('button', { name: 'Non, garder mes cases' }));
    expect(profile.checklist().ticked['vls-ts']).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Décocher toutes les cases de cette démarche' }));
    expect(screen.getByText('Voulez-vous vraiment décocher toutes les cases de cette démarche ?')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Oui, tout décocher' }));
    expect(profile.checklist().ticked).toEqual({});
    expect(screen.getByRole('checkbox', { name: /Validez votre VLS-TS/ })).not.toBeChecked();
  });

  it('shows only the picker before a procedure is chosen', async () => {
    await renderWith('fr', <ProceduresSection />);
    expect(await screen.findByRole('combobox', { name: 'Ma démarche' })).toHaveValue('');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.queryByRole('link', { name: /Imprimer/ })).toBeNull();
  });
});

describe('procedures section in Arabic', () => {
  it('is in Arabic with the French words beside each item', async () => {
    const { container } = await renderWith('ar', <ProceduresSection />, { chosen: 'naturalisation', ticked: {} });
    expect(container.querySelector('.repere-root')?.getAttribute('dir')).toBe('rtl');
    expect(await screen.findByRole('heading', { level: 2, name: /الجنسية الفرنسية عن طريق التجنيس/ })).toBeVisible();
    expect(screen.getByText('Nationalité française par naturalisation').closest('[lang="fr"]')).not.toBeNull();
    const box = screen.getByRole('checkbox', { name: 'أرسل كل الوثائق المطلوبة خلال 6 أشهر: وإلا يُغلق الملف.' });
    expect(within(box.closest('li')!).getByText(/Envoyez toutes les pièces demandées dans les 6 mois/).closest('bdi')).toHaveAttribute('lang', 'fr');
    await userEvent.click(box);
    expect(profile.checklist().ticked.naturalisation).toEqual(['nat-six-months']);
    for (const checkbox of screen.getAllByRole('checkbox')) expect(checkbox).toHaveAccessibleName();
  });
});

describe('printable page', () => {
  it('prints the chosen procedure with its ticks (French)', async () => {
    await renderWith('fr', <PrintChecklistPage />, { chosen: 'etudiant-renouvellement', ticked: { 'etudiant-renouvellement': ['passport'] } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Étudiant : renouvellement' })).toBeVisible();
    const passport = screen.getByText(/^Passeport : pages d'identité/).closest('li')!;
    expect(passport).toHaveTextContent('fait');
    const address = screen.getByText('Justificatif de domicile de moins de 6 mois').closest('li')!;
    expect(address).toHaveTextContent('à faire');
    expect(screen.getByText(/Ce n'est pas un document de l'administration/)).toBeVisible();
    expect(screen.getByText(/Annexe 10 du CESEDA/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeEnabled();
  });

  it('keeps the French words beside each item in Arabic, for the préfecture agent', async () => {
    await renderWith('ar', <PrintChecklistPage />, { chosen: 'etudiant-renouvellement', ticked: {} });
    expect(await screen.findByRole('heading', { level: 1, name: /طالب: تجديد/ })).toBeVisible();
    const row = screen.getByText('إثبات سكن عمره أقل من 6 أشهر').closest('li')!;
    const french = within(row).getByText('Justificatif de domicile de moins de 6 mois').closest('[lang="fr"]')!;
    expect(french).toHaveAttribute('dir', 'ltr');
    const items = findProcedure('etudiant-renouvellement')!.steps.flatMap((step) => step.items);
    expect(document.querySelectorAll('.repere-print__fr')).toHaveLength(items.length);
  });

  it('says to choose a procedure when there is none', async () => {
    await renderWith('fr', <PrintChecklistPage />);
    expect(await screen.findByText(/Vous n'avez pas encore choisi de démarche/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeDisabled();
  });
});
