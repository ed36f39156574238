/**
 * "My documents" in French and Arabic: adding a titre de séjour shows its renewal window and the
 * next deadline in plain words; impossible dates get a clear message and lose nothing; the
 * calendar picker fills the typed date; editing, deleting (after asking), expired and honest
 * states; a notification's link brings the document into focus.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentsSection } from '../../../components/documents/documents-section.tsx';
import type { TrackedDocument } from '../../../utils/deadlines/documents.ts';
import { renderWithDocuments } from './harness.tsx';

const user = () => userEvent.setup({ advanceTimers: () => {} });

afterEach(() => {
  vi.useRealTimers();
  window.location.hash = '';
});

async function addTitre(expiry: string, language: 'fr' | 'ar' = 'fr') {
  const result = await renderWithDocuments(<DocumentsSection />, { language });
  const u = user();
  await u.click(await screen.findByRole('button', { name: language === 'fr' ? 'Ajouter un document' : 'إضافة وثيقة' }));
  await u.selectOptions(screen.getByRole('combobox', { name: language === 'fr' ? 'Type de document' : 'نوع الوثيقة' }), 'titre-sejour');
  const field = screen.getByRole('textbox', { name: language === 'fr' ? /Fin de validité/ : /تاريخ نهاية الصلاحية/ });
  await u.type(field, expiry);
  return { ...result, u, field };
}

describe('My documents (fr)', () => {
  it('adding a titre de séjour expiring in 100 days shows the open window and the last day in 40 days', async () => {
    const { u, storedDocs } = await addTitre('07/03/2027');
    expect(screen.getByRole('checkbox', { name: 'Ce titre se renouvelle sur le site ANEF' })).toBeChecked();
    await u.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Document enregistré.')).toBeVisible();
    const card = screen.getByRole('article', { name: 'Titre de séjour (carte de séjour)' });
    expect(within(card).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(within(card).getByText('Dans 40 jours : dernier jour pour déposer votre demande de renouvellement à temps')).toBeVisible();
    expect(within(card).getByText('À venir')).toBeVisible();
    expect(within(card).getAllByText('06/01/2027')[0]).toBeVisible();
    expect(card).toHaveTextContent('Vous pouvez déposer votre demande du 07/11/2026 au 06/01/2027.');
    expect(card).toHaveTextContent('Fin de validité : 07/03/2027');
    expect(card).toHaveTextContent('180 € (montant vérifié avant 2026 : vérifiez sur le site de votre préfecture)');
    expect(within(card).getByRole('link', { name: 'Article R. 431-5 du CESEDA' })).toBeVisible();
    expect(within(card).getByRole('link', { name: 'Article L. 436-5 du CESEDA' })).toBeVisible();
    expect(storedDocs()).toEqual([expect.objectContaining({ kind: 'titre-sejour', expiry: '2027-03-07', onAnef: true, longCard: false })]);
  });

  it('an impossible date (31/02) gets a clear message, keeps what was typed and saves nothing', async () => {
    const { u, field, storedDocs } = await addTitre('31/02/2027');
    await u.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Le document n\'est pas enregistré. Corrigez 1 champ :');
    expect(alert).toHaveTextContent('La date 31/02/2027 n\'existe pas : ce mois a 28 jours en 2027. Vérifiez le jour.');
    expect(alert).toHaveFocus();
    expect(field).toHaveValue('31/02/2027');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/ce mois a 28 jours/);
    expect(storedDocs()).toEqual([]);
    // Correcting the day saves it.
    await u.clear(field);
    await u.type(field, '28/02/2027');
    await u.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Document enregistré.')).toBeVisible();
    expect(storedDocs()[0]?.expiry).toBe('2027-02-28');
  });

  it('a missing type or a badly written date is explained too', async () => {
    await renderWithDocuments(<DocumentsSection />);
    const u = user();
    await u.click(await screen.findByRole('button', { name: 'Ajouter un document' }));
    await u.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choisissez le type de document.');
    await u.selectOptions(screen.getByRole('combobox', { name: 'Type de document' }), 'api');
    await u.type(screen.getByRole('textbox', { name: /^Fin de validité/ }), '2027-03-07');
    await u.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Écrivez la date comme sur le document : JJ/MM/AAAA, par exemple 15/03/2027.');
  });

  it('the calendar picker fills the typed field as JJ/MM/AAAA', async () => {
    await renderWithDocuments(<DocumentsSection />);
    const u = user();
    await u.click(await screen.findByRole('button', { name: 'Ajouter un document' }));
    await u.selectOptions(screen.getByRole('combobox', { name: 'Type de document' }), 'passport');
    fireEvent.change(screen.getByLabelText(/^Ou choisir dans un calendrier \(Fin de validité/), { target: { value: '2029-01-31' } });
    expect(screen.getByRole('textbox', { name: /^Fin de validité/ })).toHaveValue('31/01/2029');
  });

  it('a filed renewal: the 4-month clock, and for a resident card the L. 433-3 three months', async () => {
    const { u } = await addTitre('30/11/2026');
    await u.click(screen.getByRole('checkbox', { name: /carte pluriannuelle de 4 ans ou une carte de résident/ }));
    await u.click(screen.getByRole('checkbox', { name: 'J\'ai déposé ma demande de renouvellement complète' }));
    await u.type(screen.getByRole('textbox', { name: /Date du dépôt de votre demande complète/ }), '31/10/2026');
    await u.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const card = await screen.findByRole('article', { name: 'Titre de séjour (carte de séjour)' });
    expect(card).toHaveTextContent('Dans 3 jours : fin de validité de votre titre de séjour');
    expect(card).toHaveTextContent('Urgent');
    await u.click(within(card).getByText('Toutes les dates de ce document'));
    expect(card).toHaveTextContent('28/02/2027 — fin du délai de 4 mois après votre demande complète');
    expect(card).toHaveTextContent('28/02/2027 — fin des 3 mois où votre carte expirée prouve encore votre séjour');
  });

  it('editing keeps the typed dates; deleting asks first', async () => {
    const docs: TrackedDocument[] = [{ id: 'api-1', kind: 'api', expiry: '2026-12-15' }];
    const { storedDocs } = await renderWithDocuments(<DocumentsSection />, { docs });
    const u = user();
    await u.click(await screen.findByRole('button', { name: /^Modifier : Attestation de prolongation/ }));
    const field = screen.getByRole('textbox', { name: /^Fin de validité/ });
    expect(field).toHaveValue('15/12/2026');
    await u.clear(field);
    await u.type(field, '20/12/2026');
    await u.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Dans 23 jours : fin de validité de votre attestation (API)')).toBeVisible();
    expect(storedDocs()).toEqual([{ id: 'api-1', kind: 'api', expiry: '2026-12-20' }]);

    await u.click(screen.getByRole('button', { name: /^Supprimer : Attestation/ }));
    expect(screen.getByText('Supprimer ce document ? Vous ne pourrez pas le retrouver.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Non, garder' })).toHaveFocus();
    await u.click(screen.getByRole('button', { name: 'Oui, supprimer' }));
    expect(await screen.findByText('Document supprimé.')).toBeVisible();
    expect(storedDocs()).toEqual([]);
    expect(screen.getByText('Aucun document enregistré pour le moment.')).toBeVisible();
  });

  it('expired and honest states are said in words, with an icon', async () => {
    await renderWithDocuments(<DocumentsSection />, {
      docs: [
        { id: 'dep', kind: 'attestation-depot', filedOn: '2026-10-01' },
        { id: 'old', kind: 'recepisse', expiry: '2026-10-28' },
      ],
    });
    const expired = await screen.findByRole('article', { name: 'Récépissé de demande de titre de séjour' });
    expect(within(expired).getByText('Date passée')).toBeVisible();
    expect(within(expired).getByText('Date passée').querySelector('svg')).not.toBeNull();
    expect(expired).toHaveTextContent('Il y a 30 jours : fin de validité de votre récépissé');
    // Advice for a date that has passed, not "Avant cette date…".
    expect(expired).toHaveTextContent('Ce récépissé n\'est plus valable. Contactez la préfecture.');
    expect(expired).not.toHaveTextContent('Avant cette date');
    const depot = screen.getByRole('article', { name: 'Attestation de dépôt' });
    expect(depot).toHaveTextContent('Il ne prouve pas que votre séjour est régulier.');
    expect(within(depot).getByRole('link', { name: 'Article R. 431-15-1 du CESEDA' })).toBeVisible();
    // Most urgent first: the expired document before the one without dates.
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Récépissé de demande de titre de séjour', 'Attestation de dépôt']);
  });

  it('a renewal not filed after the last day: late, with the caveated fee and its sources', async () => {
    await renderWithDocuments(<DocumentsSection />, { docs: [{ id: 't', kind: 'titre-sejour', expiry: '2026-12-27', onAnef: true, longCard: false }] });
    const card = await screen.findByRole('article', { name: 'Titre de séjour (carte de séjour)' });
    expect(card).toHaveTextContent('Dans 30 jours : fin de validité de votre titre de séjour');
    expect(card).toHaveTextContent('Le dernier jour pour déposer à temps était le 28/10/2026. Déposez votre demande au plus vite.');
    expect(card).toHaveTextContent('180 € (montant vérifié avant 2026 : vérifiez sur le site de votre préfecture)');
    expect(card).toHaveTextContent('Déposez votre demande de renouvellement au plus vite.');
    expect(within(card).getByRole('link', { name: /Préfecture de Vaucluse/ })).toBeVisible();
    expect(card).not.toHaveTextContent('Vous pouvez déposer votre demande du');
  });

  it('a notification link (#/documents/<id>) brings that document into focus', async () => {
    window.location.hash = '#/documents/api-2';
    await renderWithDocuments(<DocumentsSection />, {
      docs: [{ id: 'api-1', kind: 'api', expiry: '2026-12-15' }, { id: 'api-2', kind: 'adf', expiry: '2027-01-15' }],
    });
    const card = await screen.findByRole('article', { name: 'Attestation de décision favorable (ADF)' });
    await act(async () => {});
    expect(within(card).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(card.className).toContain('is-highlighted');
  });
});

describe('My documents (ar)', () => {
  it('adds a titre de séjour in Arabic: Arabic words, French terms marked, Latin-digit dates', async () => {
    const { u } = await addTitre('07/03/2027', 'ar');
    await u.click(screen.getByRole('button', { name: 'حفظ' }));
    expect(await screen.findByText('تم حفظ الوثيقة.')).toBeVisible();
    // (happy-dom's name computation spaces out the inline <bdi>; browsers do not.)
    const card = screen.getByRole('article', { name: /^بطاقة الإقامة \(\s*titre de séjour\s*\)$/ });
    expect(card.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    expect(within(card).getByText('titre de séjour').getAttribute('lang')).toBe('fr');
    expect(within(card).getByText('بعد 40 يومًا: آخر يوم لإيداع طلب التجديد في الوقت المحدد')).toBeVisible();
    expect(within(card).getAllByText('06/01/2027')[0]!.getAttribute('dir')).toBe('ltr');
    expect(card).toHaveTextContent('يمكنك إيداع طلبك من 07/11/2026 إلى 06/01/2027.');
    expect(card).not.toHaveTextContent(/[٠-٩]/);
  });

  it('an impossible date is explained in Arabic and kept', async () => {
    const { u, field } = await addTitre('31/02/2027', 'ar');
    await u.click(screen.getByRole('button', { name: 'حفظ' }));
    expect(screen.getByRole('alert')).toHaveTextContent('التاريخ 31/02/2027 غير موجود: هذا الشهر فيه 28 يومًا في سنة 2027. تحقق من اليوم.');
    expect(field).toHaveValue('31/02/2027');
  });

  it('reads a date typed with Arabic-Indic digits', async () => {
    const { u, storedDocs } = await addTitre('٠٧/٠٣/٢٠٢٧', 'ar');
    await u.click(screen.getByRole('button', { name: 'حفظ' }));
    expect(await screen.findByText('تم حفظ الوثيقة.')).toBeVisible();
    expect(storedDocs()[0]?.expiry).toBe('2027-03-07');
  });
});
