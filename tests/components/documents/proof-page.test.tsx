/**
 * The proof-of-rights page: the sheet is French (lang="fr"), with numbered references, the honest
 * gap for the CAF, and a summary in the person's language (French and Arabic); documents can be
 * left out; without suitable documents it says what to add.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProofPage } from '../../../components/documents/proof-page.tsx';
import type { TrackedDocument } from '../../../utils/deadlines/documents.ts';
import { renderWithDocuments } from './harness.tsx';

const docs: TrackedDocument[] = [
  { id: 'api', kind: 'api', expiry: '2027-02-15' },
  { id: 'dep', kind: 'attestation-depot', filedOn: '2026-09-01' },
  { id: 'pass', kind: 'passport', expiry: '2030-01-01' },
];

afterEach(() => vi.useRealTimers());

describe('proof page', () => {
  it('French sheet for the CAF with references and the honest gap; summary in French', async () => {
    await renderWithDocuments(<ProofPage />, { docs });
    const sheet = await screen.findByRole('article', { name: 'La feuille en français' });
    expect(sheet).toHaveAttribute('lang', 'fr');
    expect(within(sheet).getByRole('heading', { level: 2, name: 'Ce que prouvent mes documents de séjour' })).toBeVisible();
    expect(sheet).toHaveTextContent('À l’attention de la caisse d’allocations familiales (CAF)');
    expect(within(sheet).getByRole('heading', { level: 3, name: 'Attestation de prolongation d’instruction (API), valable jusqu’au 15/02/2027' })).toBeVisible();
    expect(sheet).toHaveTextContent('« Ce document ne justifie pas de la régularité du séjour de son titulaire. »');
    expect(sheet).toHaveTextContent('Cette liste ne cite pas l’API');
    expect(within(sheet).getAllByRole('link', { name: /^\[\d+\]$/ }).length).toBeGreaterThan(5);
    expect(within(sheet).getByRole('heading', { level: 3, name: 'Références' })).toBeVisible();
    expect(sheet).toHaveTextContent('Article D. 512-1 du code de la sécurité sociale, vérifié en novembre 2026');
    // The passport is not a residence document: not offered.
    expect(screen.queryByRole('checkbox', { name: /Passeport/ })).toBeNull();
    const summary = screen.getByRole('region', { name: 'Ce que dit la feuille (résumé)' });
    expect(summary).toHaveTextContent('Votre API, avec votre titre expiré, prouve que votre séjour est régulier jusqu\'au 15/02/2027.');
    expect(summary).toHaveTextContent('la liste de la CAF cite le récépissé mais pas l\'API');
    expect(screen.queryByText(/traduit par une machine/)).toBeNull();
  });

  it('follows the choices: another audience, a document left out, none chosen', async () => {
    await renderWithDocuments(<ProofPage />, { docs });
    const u = userEvent.setup({ advanceTimers: () => {} });
    await u.selectOptions(await screen.findByRole('combobox', { name: 'Pour qui ?' }), 'employer');
    const sheet = screen.getByRole('article', { name: 'La feuille en français' });
    expect(within(sheet).getByRole('heading', { level: 3, name: 'Pour l’employeur' })).toBeVisible();
    await u.click(screen.getByRole('checkbox', { name: /Attestation de dépôt/ }));
    expect(sheet).not.toHaveTextContent('Attestation de dépôt en ligne');
    await u.click(screen.getByRole('checkbox', { name: /Attestation de prolongation/ }));
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByText('Cochez au moins un document.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeDisabled();
  });

  it('says what to add when nothing can be explained', async () => {
    await renderWithDocuments(<ProofPage />, { docs: [docs[2]!] });
    expect(await screen.findByText(/Aucun de vos documents ne peut être expliqué/)).toBeVisible();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('in Arabic: the page is Arabic, the sheet stays French', async () => {
    await renderWithDocuments(<ProofPage />, { docs, language: 'ar' });
    const sheet = await screen.findByRole('article', { name: 'الورقة بالفرنسية' });
    expect(sheet).toHaveAttribute('lang', 'fr');
    expect(sheet).toHaveAttribute('dir', 'ltr');
    expect(sheet).toHaveTextContent('Ce que prouvent mes documents de séjour');
    expect(screen.getByRole('heading', { level: 1, name: 'ورقة «ما تُثبته وثائقي»' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'ما تقوله الورقة (ملخص)' })).toHaveTextContent('حتى 15/02/2027');
    expect(screen.getByText(/ترجمته آلة/)).toBeVisible();
  });
});
