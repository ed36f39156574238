/**
 * The dashboard's failure steps in French and Arabic: the ladder says what is done; the CCC
 * script stays French; contacts are recorded into the journal; deleting asks first; missing
 * letter fields are named in the person's language; once filled, the letter appears in French
 * with a summary in the person's language.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FailureSection } from '../../../components/failure/failure-section.tsx';
import { useProfileStore } from '../../../utils/state/profile-store.ts';
import { contact, incident, journal, person } from '../../unit/failure/fixtures.ts';
import { renderIn, setMemoryProfile } from './render.tsx';

const JOURNAL = journal({
  incidents: [incident('i1', '2027-03-05T14:05:00+01:00', { pageName: 'Accueil', route: '/usagers/#/', errorText: 'Une erreur technique est survenue.' })],
  contacts: [contact('c1', 'ccc-phone', '2027-03-06', { reference: 'CCC-1' })],
});

const stored = () => useProfileStore.getState().profile!;

describe('failure steps in French', () => {
  it('show the ladder, the French script, and record a PAN request into the journal', async () => {
    setMemoryProfile({ journal: JOURNAL });
    await renderIn('fr', <FailureSection />);
    const ladder = screen.getByRole('region', { name: 'Vos étapes' });
    const steps = within(ladder).getAllByRole('listitem').map((item) => item.textContent);
    expect(steps[0]).toContain('fait');
    expect(steps[1]).toContain('fait');
    expect(steps[2]).toContain('à faire maintenant');
    expect(steps[3]).toContain('plus tard');

    const ccc = screen.getByRole('region', { name: '2. Contacter le Centre de contact citoyen (CCC)' });
    const script = ccc.querySelector('pre')!;
    expect(script.getAttribute('lang')).toBe('fr');
    expect(script.textContent).toContain('le 05/03/2027 à 14 h 05, sur la page « Accueil », le site a affiché : « Une erreur technique est survenue. »');
    // The CCC line is given without hours (none is sourced); the 34 00 fallback has its own.
    const cccLine = within(ccc).getByText('0 806 001 620').closest('li')!;
    expect(cccLine.textContent).not.toMatch(/\d+ ?h\b/);
    expect(cccLine.textContent).toContain('aucune source officielle ne les indique');
    expect(within(ccc).getByText('34 00').closest('li')!.textContent).toContain('du lundi au vendredi de 7 h 45 à 19 h, le samedi de 8 h à 17 h');

    const pan = screen.getByRole('region', { name: '3. Aller au point d\'accueil numérique (PAN)' });
    await userEvent.click(within(pan).getByRole('radio', { name: 'Rendez-vous au PAN' }));
    const date = within(pan).getByLabelText('Date');
    await userEvent.clear(date);
    await userEvent.type(date, '2027-03-20');
    await userEvent.type(within(pan).getByLabelText('Référence ou numéro de dossier (facultatif)'), 'PAN-9');
    await userEvent.click(within(pan).getByRole('button', { name: 'Ajouter à mon journal' }));
    expect(stored().journal.contacts).toEqual([
      expect.objectContaining({ channel: 'ccc-phone', on: '2027-03-06' }),
      expect.objectContaining({ channel: 'pan', on: '2027-03-20', step: 'visit', reference: 'PAN-9' }),
    ]);
    expect(within(pan).getByText('C\'est ajouté à votre journal.')).toBeVisible();
    expect(within(pan).getByText('20/03/2027')).toBeVisible();
  });

  it('refuses a contact without a date, with a message, and keeps what was typed', async () => {
    setMemoryProfile({ journal: JOURNAL });
    await renderIn('fr', <FailureSection />);
    const pan = screen.getByRole('region', { name: '3. Aller au point d\'accueil numérique (PAN)' });
    await userEvent.clear(within(pan).getByLabelText('Date'));
    await userEvent.type(within(pan).getByLabelText('Réponse obtenue (facultatif)'), 'pas de créneau');
    await userEvent.click(within(pan).getByRole('button', { name: 'Ajouter à mon journal' }));
    expect(within(pan).getByRole('alert')).toHaveTextContent('Indiquez une date valide.');
    expect(within(pan).getByLabelText('Réponse obtenue (facultatif)')).toHaveValue('pas de créneau');
    expect(stored().journal.contacts).toHaveLength(1);
  });

  it('asks before deleting a problem', async () => {
    setMemoryProfile({ journal: JOURNAL });
    await renderIn('fr', <FailureSection />);
    const journalStep = screen.getByRole('region', { name: '1. Garder des preuves de chaque problème' });
    await userEvent.click(within(journalStep).getAllByRole('button', { name: 'Supprimer' })[0]!);
    await userEvent.click(within(journalStep).getByRole('button', { name: 'Non, garder' }));
    expect(stored().journal.incidents).toHaveLength(1);
    await userEvent.click(within(journalStep).getAllByRole('button', { name: 'Supprimer' })[0]!);
    await userEvent.click(within(journalStep).getByRole('button', { name: 'Oui, supprimer' }));
    expect(stored().journal.incidents).toHaveLength(0);
  });

  it('names what the letter lacks, then shows it in French once the details are saved', async () => {
    setMemoryProfile({ journal: JOURNAL });
    await renderIn('fr', <FailureSection />);
    const letter = screen.getByRole('region', { name: '4. Écrire au préfet' });
    const missing = within(letter).getByText('Il manque des informations pour écrire la lettre :').closest('div')!;
    for (const text of ['votre nom et prénom : à remplir.', 'votre adresse postale : à remplir.', 'le département de la préfecture : à remplir.', 'votre démarche : à remplir.']) {
      expect(within(missing).getByText(text)).toBeVisible();
    }
    expect(within(letter).getByText(/la préfecture peut répondre que ces étapes n'ont pas été faites/)).toBeVisible();
    await userEvent.type(within(letter).getByLabelText('Nom et prénom (comme sur votre passeport)'), 'Amina BENALI');
    await userEvent.type(within(letter).getByLabelText('Votre adresse postale'), '12 rue des Lilas{Enter}80000 Amiens');
    await userEvent.selectOptions(within(letter).getByLabelText('Département de la préfecture qui gère votre dossier'), '80');
    expect(within(letter).getByText('Préfecture de la Somme')).toBeVisible();
    await userEvent.click(within(letter).getByRole('button', { name: 'Enregistrer ces informations' }));
    await userEvent.type(within(letter).getByLabelText('Votre démarche'), 'renouvellement de titre de séjour étudiant');
    await userEvent.click(within(letter).getByRole('button', { name: 'Enregistrer les choix de la lettre' }));
    expect(stored().person).toMatchObject({ fullName: 'Amina BENALI', address: '12 rue des Lilas\n80000 Amiens', departmentCode: '80' });

    expect(within(letter).getByRole('heading', { name: 'Ce que demande la lettre' })).toBeVisible();
    const article = within(letter).getByRole('article', { name: 'La lettre au préfet, en français', hidden: true });
    expect(article.getAttribute('lang')).toBe('fr');
    expect(article.textContent).toContain('Le 05/03/2027 à 14 h 05 : tentative sur le téléservice ANEF, page « Accueil (/usagers/#/) ».');
    expect(article.textContent).toContain('Le 06/03/2027 : appel au Centre de contact citoyen (CCC). Référence : CCC-1.');
    expect(within(letter).getByRole('link', { name: 'Ouvrir la lettre pour l\'imprimer' })).toHaveAttribute('href', 'letter.html');
  });

  it('says so when the data is locked', async () => {
    setMemoryProfile();
    useProfileStore.setState({ status: 'locked', profile: null });
    await renderIn('fr', <FailureSection />);
    expect(screen.getByText('Vos données sont verrouillées. Déverrouillez-les pour voir votre journal.')).toBeVisible();
  });
});

describe('failure steps in Arabic', () => {
  it('speak Arabic; the script and the letter stay French; missing fields are named in Arabic', async () => {
    setMemoryProfile({ journal: JOURNAL, person: person({ fullName: 'Amina BENALI', address: '12 rue des Lilas', departmentCode: '80' }) });
    await renderIn('ar', <FailureSection />);
    expect(screen.getByRole('region', { name: 'خطواتك' })).toBeVisible();
    const ccc = screen.getByRole('region', { name: '2. اتصل بمركز اتصال المواطنين (\u2068CCC\u2069)' });
    expect(ccc.querySelector('pre')!.textContent).toContain('Bonjour,\nJe m\'appelle Amina BENALI.');
    expect(within(ccc).getByText('0 806 001 620').closest('bdi')?.getAttribute('dir')).toBe('ltr');
    const letter = screen.getByRole('region', { name: '4. اكتب إلى المحافظ (\u2068préfet\u2069)' });
    expect(within(letter).getByText('إجراؤك: يجب ملؤه.')).toBeVisible();
    await userEvent.type(within(letter).getByLabelText('إجراؤك'), 'renouvellement de titre de séjour étudiant');
    await userEvent.click(within(letter).getByRole('button', { name: 'احفظ اختيارات الرسالة' }));
    expect(within(letter).getByRole('heading', { name: 'ماذا تطلب الرسالة' })).toBeVisible();
    const article = within(letter).getByRole('article', { hidden: true });
    expect(article.getAttribute('lang')).toBe('fr');
    expect(article.getAttribute('dir')).toBe('ltr');
    expect(article.textContent).toContain('Préfecture de la Somme');
    expect(article.textContent).toContain('Madame la Préfète, Monsieur le Préfet,');
  });
});
