/**
 * The popup block and the panel slot show the most urgent date in plain words (French, Arabic),
 * with what to do; they invite to add a document when there is none.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeadlineSlot } from '../../../components/documents/deadline-slot.tsx';
import { PopupDeadline } from '../../../components/documents/popup-deadline.tsx';
import { OverlayActionsContext } from '../../../components/overlay/overlay-actions.ts';
import type { TrackedDocument } from '../../../utils/deadlines/documents.ts';
import { renderWithDocuments } from './harness.tsx';

const titre: TrackedDocument = { id: 't', kind: 'titre-sejour', expiry: '2027-03-07', onAnef: true, longCard: false };
const api: TrackedDocument = { id: 'a', kind: 'api', expiry: '2026-12-01' };

afterEach(() => vi.useRealTimers());

describe('popup', () => {
  it('shows the most urgent date in plain words and opens the documents', async () => {
    const onOpen = vi.fn();
    await renderWithDocuments(<PopupDeadline onOpen={onOpen} />, { docs: [titre, api] });
    expect(await screen.findByRole('heading', { level: 3, name: 'Dans 4 jours : fin de validité de votre attestation (API)' })).toBeVisible();
    expect(screen.getByText('Urgent')).toBeVisible();
    expect(screen.getByText('01/12/2026')).toBeVisible();
    expect(screen.getByText(/regardez sur le site ANEF si une nouvelle attestation vous attend/)).toBeVisible();
    await userEvent.setup({ advanceTimers: () => {} }).click(screen.getByRole('button', { name: 'Voir mes documents' }));
    expect(onOpen).toHaveBeenCalledWith('documents');
  });

  it('invites to add a document when there is none', async () => {
    await renderWithDocuments(<PopupDeadline onOpen={() => {}} />);
    expect(await screen.findByText('Aucun document enregistré pour le moment.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ajouter un document' })).toBeVisible();
  });

  it('in Arabic', async () => {
    await renderWithDocuments(<PopupDeadline onOpen={() => {}} />, { docs: [titre], language: 'ar' });
    expect(await screen.findByRole('heading', { level: 3, name: 'بعد 40 يومًا: آخر يوم لإيداع طلب التجديد في الوقت المحدد' })).toBeVisible();
    expect(screen.getByText('قادم')).toBeVisible();
  });
});

describe('panel slot', () => {
  it('shows the renewal deadline and opens the dashboard at the documents', async () => {
    const openDashboard = vi.fn();
    await renderWithDocuments(
      <OverlayActionsContext.Provider value={{ openDashboard }}><DeadlineSlot /></OverlayActionsContext.Provider>,
      { docs: [titre] },
    );
    expect(await screen.findByRole('heading', { level: 3, name: 'Ma prochaine date importante' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 4, name: 'Dans 40 jours : dernier jour pour déposer votre demande de renouvellement à temps' })).toBeVisible();
    expect(screen.getByText(/Déposez votre demande de renouvellement sur le site ANEF avant la fin de ce jour/)).toBeVisible();
    await userEvent.setup({ advanceTimers: () => {} }).click(screen.getByRole('button', { name: 'Voir mes documents' }));
    expect(openDashboard).toHaveBeenCalledWith('documents');
  });

  it('in Arabic', async () => {
    await renderWithDocuments(
      <OverlayActionsContext.Provider value={{ openDashboard: () => {} }}><DeadlineSlot /></OverlayActionsContext.Provider>,
      { docs: [titre], language: 'ar' },
    );
    expect(await screen.findByRole('heading', { level: 4, name: 'بعد 40 يومًا: آخر يوم لإيداع طلب التجديد في الوقت المحدد' })).toBeVisible();
  });
});
