/**
 * The panel on ANEF receives the person's data without incident photos, and a journal it writes
 * back keeps the stored photos; extension pages get everything.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index.ts';
import { messenger } from '../../utils/messaging/protocol.ts';
import { emptyProfile } from '../../utils/profile/profile.ts';
import { CONTENT, deliver, PAGE } from './deliver.ts';

const photo = { dataUrl: 'data:image/jpeg;base64,AAAA', width: 10, height: 10, source: 'capture' as const };
const incident = { id: 'i1', at: '2027-03-12T14:05:00+01:00', kind: 'error' as const, route: '/usagers/#/', pageName: 'Accueil', errorText: 'Erreur', action: '', excluded: false };

describe('profile messages and photos', () => {
  beforeEach(async () => {
    messenger.removeAllListeners();
    const profile = emptyProfile();
    await fakeBrowser.storage.local.set({ device: { mode: 'own' }, profile: { ...profile, journal: { ...profile.journal, incidents: [{ ...incident, photo }] } } });
    background.main();
  });

  it('sends the panel the journal without photos, and pages with them', async () => {
    const toPanel = (await deliver('getProfile', undefined, CONTENT)).res as { profile: ReturnType<typeof emptyProfile> };
    expect(toPanel.profile.journal.incidents[0]).toEqual(incident);
    const toPage = (await deliver('getProfile', undefined, PAGE)).res as { profile: ReturnType<typeof emptyProfile> };
    expect(toPage.profile.journal.incidents[0]?.photo).toEqual(photo);
  });

  it('keeps the stored photo when the panel writes the journal back', async () => {
    const toPanel = (await deliver('getProfile', undefined, CONTENT)).res as { profile: ReturnType<typeof emptyProfile> };
    const edited = { ...toPanel.profile.journal, incidents: [{ ...incident, action: 'Envoyer mes documents' }] };
    const reply = await deliver('updateProfileSection', { section: 'journal', value: edited }, CONTENT);
    expect(reply.err).toBeUndefined();
    const { profile } = (await fakeBrowser.storage.local.get('profile')) as { profile: ReturnType<typeof emptyProfile> };
    expect(profile.journal.incidents[0]).toEqual({ ...incident, action: 'Envoyer mes documents', photo });
  });
});
