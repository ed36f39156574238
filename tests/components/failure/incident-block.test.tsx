/**
 * The panel's incident block in French and Arabic: offered by itself on error, maintenance and
 * session-expired pages, and on any page after "It doesn't work"; it records what the page shows
 * and what the person typed, says when, explains the toolbar click when the photo is refused and
 * takes it afterwards, keeps the text when recording fails, and leads to the failure steps.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { attachIncidentPhoto, recordIncident } from '../../../components/failure/record-incident.ts';
import { IncidentBlock } from '../../../components/failure/incident-block.tsx';
import { useOverlayStore } from '../../../utils/state/overlay-store.ts';
import { usePageStore } from '../../../utils/state/page-store.ts';
import { renderIn } from './render.tsx';

vi.mock('../../../components/failure/record-incident.ts', async (original) => ({
  ...(await original<typeof import('../../../components/failure/record-incident.ts')>()),
  recordIncident: vi.fn(),
  attachIncidentPhoto: vi.fn(),
}));

const ERROR_PAGE = {
  kind: 'error' as const,
  era: 'dsfr-2026' as const,
  language: 'fr' as const,
  route: '/sejour/demande-tse/etudiant',
  formStep: { index: 3, total: 6, title: 'Ressources' },
  errorText: 'Une erreur technique est survenue.',
};

beforeEach(() => {
  usePageStore.setState({ page: ERROR_PAGE });
  vi.mocked(recordIncident).mockResolvedValue({ status: 'recorded', id: 'i1', at: '2027-03-12T14:05:09+01:00', photo: 'attached' });
});

describe('incident block in French', () => {
  it('is offered on an error page, records what the page shows and what the person typed', async () => {
    const { openDashboard } = await renderIn('fr', <IncidentBlock />);
    const block = screen.getByRole('region', { name: 'Garder une preuve de ce problème' });
    await userEvent.type(within(block).getByRole('textbox', { name: 'Ce que vous essayiez de faire (facultatif)' }), 'envoyer mes justificatifs');
    expect(within(block).getByRole('checkbox', { name: /Ajouter une photo de la page/ })).toBeChecked();
    expect(within(block).getByText(/reste sur cet ordinateur/)).toBeVisible();
    await userEvent.click(within(block).getByRole('button', { name: 'Noter ce problème dans mon journal' }));
    expect(recordIncident).toHaveBeenCalledWith(
      { kind: 'error', errorText: 'Une erreur technique est survenue.', action: 'envoyer mes justificatifs', photo: true, page: ERROR_PAGE },
      expect.anything(),
    );
    expect(await within(block).findByRole('status')).toHaveTextContent('C\'est noté dans votre journal : le 12/03/2027 à 14:05.');
    expect(within(block).getByText('La photo de la page est ajoutée. Elle reste sur cet ordinateur.')).toBeVisible();
    await waitFor(() => expect(within(block).getByRole('heading')).toHaveFocus());
    await userEvent.click(within(block).getByRole('button', { name: /Voir les étapes/ }));
    expect(openDashboard).toHaveBeenCalledWith('failure');
  });

  it('explains the toolbar click when the browser refuses the photo, then takes it', async () => {
    vi.mocked(recordIncident).mockResolvedValue({ status: 'recorded', id: 'i1', at: '2027-03-12T14:05:09+01:00', photo: 'no-permission' });
    vi.mocked(attachIncidentPhoto).mockResolvedValue('attached');
    await renderIn('fr', <IncidentBlock />);
    await userEvent.click(screen.getByRole('button', { name: 'Noter ce problème dans mon journal' }));
    expect(await screen.findByText(/clic sur l'icône de Repère/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Prendre la photo' }));
    expect(attachIncidentPhoto).toHaveBeenCalledWith('i1', expect.anything());
    expect(await screen.findByText('La photo de la page est ajoutée. Elle reste sur cet ordinateur.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Prendre la photo' })).toBeNull();
  });

  it('keeps what was typed and says so when recording fails', async () => {
    vi.mocked(recordIncident).mockRejectedValue(new Error('no background'));
    await renderIn('fr', <IncidentBlock />);
    const box = screen.getByRole('textbox', { name: 'Ce que vous essayiez de faire (facultatif)' });
    await userEvent.type(box, 'payer le timbre');
    await userEvent.click(screen.getByRole('button', { name: 'Noter ce problème dans mon journal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Votre texte est gardé');
    expect(box).toHaveValue('payer le timbre');
  });

  it('says the data is locked and opens the dashboard to unlock it', async () => {
    vi.mocked(recordIncident).mockResolvedValue({ status: 'locked' });
    const { openDashboard } = await renderIn('fr', <IncidentBlock />);
    await userEvent.click(screen.getByRole('button', { name: 'Noter ce problème dans mon journal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vos données sont verrouillées');
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir mon tableau de bord' }));
    expect(openDashboard).toHaveBeenCalledWith('privacy');
  });

  it('is not shown on an ordinary page until "It doesn\'t work" asks for it, then takes the focus', async () => {
    usePageStore.setState({ page: { kind: 'personal-space', era: 'dsfr-2026', route: '/espace-personnel/mon-compte' } });
    await renderIn('fr', <IncidentBlock />);
    expect(screen.queryByRole('region')).toBeNull();
    act(() => useOverlayStore.getState().requestIncident());
    const heading = await screen.findByRole('heading', { name: 'Garder une preuve de ce problème' });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});

describe('incident block in Arabic', () => {
  it('speaks Arabic, keeps the date as JJ/MM/AAAA marked French, and offers the block on maintenance pages', async () => {
    usePageStore.setState({ page: { kind: 'maintenance', era: 'unknown' } });
    await renderIn('ar', <IncidentBlock />);
    const block = screen.getByRole('region', { name: 'احتفظ بدليل على هذه المشكلة' });
    expect(block.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    await userEvent.click(within(block).getByRole('button', { name: 'سجّل هذه المشكلة في سجلي' }));
    expect(recordIncident).toHaveBeenCalledWith(expect.objectContaining({ kind: 'maintenance', errorText: '' }), expect.anything());
    const status = await within(block).findByRole('status');
    expect(status).toHaveTextContent('تم التسجيل في سجلك');
    const date = within(status).getByText('12/03/2027');
    expect(date.tagName).toBe('BDI');
    expect(date.getAttribute('lang')).toBe('fr');
    expect(within(block).getByRole('button', { name: 'اطّلع على الخطوات: CCC، PAN، الرسالة' })).toBeVisible();
  });
});
