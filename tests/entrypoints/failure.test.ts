/**
 * The background's journal handlers with WXT's fake browser: an incident from the panel is kept
 * with the local time and, when the browser allows it, a photo of the tab; without the toolbar
 * click the incident is kept and the reply says why there is no photo; a photo can be added later;
 * the photo limit is respected without calling the camera; only our content script may ask.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../entrypoints/background/index.ts';
import { captureTab } from '../../utils/failure/capture.ts';
import { MAX_PHOTOS, type Journal } from '../../utils/failure/journal.ts';
import { messenger, type RecordIncidentReply } from '../../utils/messaging/protocol.ts';
import { parseMoment } from '../../utils/letter/moments.ts';
import { PHOTO } from '../unit/failure/fixtures.ts';
import { CONTENT, deliver, PAGE } from './deliver.ts';

vi.mock('../../utils/failure/capture.ts', () => ({ captureTab: vi.fn() }));

const DRAFT = {
  kind: 'error',
  route: '/usagers/#/sejour/demande-tse/etudiant',
  pageName: 'Demander un titre de séjour — Étape 3 sur 6 : Ressources',
  errorText: 'Une erreur technique est survenue. Veuillez réessayer ultérieurement.',
  action: 'envoyer mes justificatifs',
  photo: true,
};

async function journal(): Promise<Journal> {
  const reply = await deliver('getProfile', undefined, PAGE);
  return (reply.res as { profile: { journal: Journal } }).profile.journal;
}

async function record(data: unknown = DRAFT, sender: object = CONTENT) {
  return deliver('recordIncident', data, sender);
}

describe('recording incidents', () => {
  beforeEach(() => {
    messenger.removeAllListeners();
    vi.mocked(captureTab).mockResolvedValue({ photo: PHOTO });
    background.main();
  });

  it('keeps the incident with its local time, page, error, action and the photo of the sender tab', async () => {
    const reply = (await record()).res as RecordIncidentReply;
    expect(reply).toMatchObject({ status: 'recorded', photo: 'attached' });
    expect(captureTab).toHaveBeenCalledWith(7);
    const [kept] = (await journal()).incidents;
    expect(kept).toMatchObject({ ...DRAFT, photo: PHOTO, excluded: false });
    expect(kept!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(parseMoment(kept!.at)).toBeDefined();
    expect(reply.status === 'recorded' && reply.id).toBe(kept!.id);
  });

  it('keeps the incident without a photo when the browser refuses it, and says why', async () => {
    vi.mocked(captureTab).mockResolvedValue({ outcome: 'no-permission' });
    const reply = (await record()).res as RecordIncidentReply;
    expect(reply).toMatchObject({ status: 'recorded', photo: 'no-permission' });
    expect((await journal()).incidents[0]?.photo).toBeUndefined();
  });

  it('does not take a photo that was not asked for', async () => {
    const reply = (await record({ ...DRAFT, photo: false })).res as RecordIncidentReply;
    expect(reply).toMatchObject({ photo: 'not-asked' });
    expect(captureTab).not.toHaveBeenCalled();
  });

  it('adds a photo later to an incident already recorded', async () => {
    vi.mocked(captureTab).mockResolvedValueOnce({ outcome: 'no-permission' });
    const reply = (await record()).res as RecordIncidentReply & { id: string };
    const later = await deliver('attachIncidentPhoto', { id: reply.id }, CONTENT);
    expect(later.res).toEqual({ status: 'done', photo: 'attached' });
    expect((await journal()).incidents[0]?.photo).toEqual(PHOTO);
    expect((await deliver('attachIncidentPhoto', { id: 'unknown' }, CONTENT)).res).toEqual({ status: 'done', photo: 'failed' });
  });

  it('stops taking photos at the limit, without opening the camera, and keeps the incident', async () => {
    for (let index = 0; index < MAX_PHOTOS; index += 1) await record();
    vi.mocked(captureTab).mockClear();
    const reply = (await record()).res as RecordIncidentReply;
    expect(reply).toMatchObject({ status: 'recorded', photo: 'limit-reached' });
    expect(captureTab).not.toHaveBeenCalled();
    expect((await journal()).incidents).toHaveLength(MAX_PHOTOS + 1);
  });

  it('listens only to the content script on ANEF, and refuses malformed incidents', async () => {
    expect((await record(DRAFT, PAGE)).err?.message).toBe('refused');
    expect((await record(DRAFT, { ...CONTENT, url: 'https://example.org/' })).err?.message).toBe('refused');
    expect((await record({ ...DRAFT, kind: 'anything' })).err).toBeDefined();
    expect((await record({ ...DRAFT, errorText: 'x'.repeat(5000) })).err).toBeDefined();
    expect((await deliver('attachIncidentPhoto', { id: 'x' }, PAGE)).err?.message).toBe('refused');
    expect(captureTab).not.toHaveBeenCalled();
    expect((await journal()).incidents).toEqual([]);
  });
});
