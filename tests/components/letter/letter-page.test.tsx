/**
 * The printable letter page in French and Arabic: the page speaks the person's language, the
 * letter stays French with its screenshot annex, the page title holds no personal data, the
 * plain text can be copied, and an incomplete letter names what is missing.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LetterPage } from '../../../components/letter/letter-page.tsx';
import { setLetterOptions } from '../../../utils/failure/journal.ts';
import { contact, incident, journal, person, PHOTO } from '../../unit/failure/fixtures.ts';
import { renderIn, setMemoryProfile } from '../failure/render.tsx';

function complete() {
  setMemoryProfile({
    person: person({ fullName: 'Amina BENALI', address: '12 rue des Lilas\n80000 Amiens', departmentCode: '80' }),
    journal: setLetterOptions(journal({
      incidents: [incident('i1', '2027-03-05T14:05:00+01:00', { errorText: 'Une erreur technique est survenue.', photo: PHOTO })],
      contacts: [contact('c1', 'ccc-phone', '2027-03-06', { reference: 'CCC-1' }), contact('c2', 'pan', '2027-03-12', { step: 'request' })],
    }), { procedure: 'renouvellement de titre de séjour étudiant', date: '2027-03-30' }),
  });
}

describe('letter page in French', () => {
  it('shows the letter in French with its annex photo, and a title without personal data', async () => {
    complete();
    await renderIn('fr', <LetterPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Lettre au préfet' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Lettre au préfet — Repère'));
    const article = screen.getByRole('article', { name: 'La lettre au préfet, en français' });
    expect(article.textContent).toContain('Le 30/03/2027');
    expect(within(article).getByRole('img', { name: 'Capture d\'écran du téléservice ANEF du 05/03/2027 à 14 h 05' })).toHaveAttribute('src', PHOTO.dataUrl);
    const summary = screen.getByRole('region', { name: 'Ce que demande la lettre' });
    expect(within(summary).getByRole('heading', { level: 2 })).toBeVisible();
    expect(within(summary).getByText(/dans un délai de 15 jours/)).toBeVisible();
    expect(within(summary).getByText(/1 problème sur ANEF et 2 démarches pour avoir de l'aide/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Imprimer la lettre' })).toBeVisible();
    expect(screen.queryByText(/traduit par une machine/)).toBeNull();
  });

  it('copies the plain text of the letter', async () => {
    complete();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderIn('fr', <LetterPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Copier le texte de la lettre' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Objet : Demande de solution de substitution (article R. 431-2 du CESEDA)'));
    expect(await screen.findByText(/^Le texte est copié\. Collez-le dans un traitement de texte\. Pour votre sécurité, Repère l'efface du presse-papiers dans 15 secondes\.$/)).toBeVisible();
  });

  it('names what is missing when the letter cannot be written', async () => {
    setMemoryProfile({ journal: journal({ incidents: [incident('i1', '2027-03-05')] }) });
    await renderIn('fr', <LetterPage />);
    expect(screen.getByText('votre nom et prénom : à remplir.')).toBeVisible();
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByRole('link', { name: 'Compléter les informations dans mon tableau de bord' })).toHaveAttribute('href', 'options.html#/failure');
  });
});

describe('letter page in Arabic', () => {
  it('speaks Arabic around a French letter', async () => {
    complete();
    await renderIn('ar', <LetterPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'رسالة إلى المحافظ' })).toBeVisible();
    const article = screen.getByRole('article', { name: 'الرسالة إلى المحافظ، بالفرنسية' });
    expect(article).toHaveAttribute('lang', 'fr');
    expect(article).toHaveAttribute('dir', 'ltr');
    expect(article.textContent).toContain('Lettre recommandée avec accusé de réception');
    expect(screen.getByText(/في مهلة 15 يومًا/)).toBeVisible();
    expect(screen.getByText('Préfecture de la Somme').closest('bdi')).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('button', { name: 'حمّل الرسالة بصيغة PDF' })).toBeVisible();
    // The page around the letter is a machine draft in Arabic, and says so.
    expect(screen.getByText(/ترجمته آلة/)).toBeVisible();
  });
});
