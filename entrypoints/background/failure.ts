/**
 * The background's part of the failure journal: recording an incident sent by the panel, with a
 * photo of the person's ANEF tab when asked (utils/failure/capture.ts). Wiring only: the journal
 * changes are the pure reducers of utils/failure/journal.ts, applied through the profile service.
 */
import * as v from 'valibot';
import { captureTab, type Capture } from '../../utils/failure/capture.ts';
import { localDateTime } from '../../utils/failure/clock.ts';
import {
  addIncident,
  attachPhoto,
  IncidentDraftSchema,
  MAX_PHOTOS,
  photoCount,
  type Incident,
  type Photo,
  type PhotoOutcome,
} from '../../utils/failure/journal.ts';
import type { ProfileService } from '../../utils/profile/service.ts';
import type { Handle } from './messages.ts';

export function registerFailureHandlers(handle: Handle, profile: ProfileService, capture: Capture = captureTab): void {
  /** The photo, unless the journal is full (a replacement is always allowed). */
  async function takePhoto(tabId: number, replacing: boolean): Promise<{ photo?: Photo; outcome: PhotoOutcome }> {
    const snapshot = await profile.get();
    if (snapshot.status === 'locked') return { outcome: 'failed' };
    if (!replacing && photoCount(snapshot.profile.journal) >= MAX_PHOTOS) return { outcome: 'limit-reached' };
    const shot = await capture(tabId);
    return 'photo' in shot ? { photo: shot.photo, outcome: 'attached' } : { outcome: shot.outcome };
  }

  handle('recordIncident', async (data, from, sender) => {
    const tabId = sender.tab?.id;
    if (from !== 'content-script' || tabId === undefined) throw new Error('refused');
    const draft = v.parse(IncidentDraftSchema, data);
    const at = localDateTime(new Date());
    const shot = draft.photo ? await takePhoto(tabId, false) : { outcome: 'not-asked' as const };
    const snapshot = await profile.get();
    if (snapshot.status === 'locked') return { status: 'locked' };
    const incident: Incident = {
      id: crypto.randomUUID(),
      at,
      kind: draft.kind,
      route: draft.route,
      pageName: draft.pageName,
      errorText: draft.errorText,
      action: draft.action,
      excluded: false,
      ...(shot.photo ? { photo: shot.photo } : {}),
    };
    const result = addIncident(snapshot.profile.journal, incident);
    // Written for the session it was read in: dropped if the next person came meanwhile.
    await profile.update('journal', result.journal, snapshot.session);
    return { status: 'recorded', id: incident.id, at, photo: shot.photo ? result.photo : shot.outcome };
  });

  handle('attachIncidentPhoto', async ({ id }, from, sender) => {
    const tabId = sender.tab?.id;
    if (from !== 'content-script' || tabId === undefined) throw new Error('refused');
    const before = await profile.get();
    if (before.status === 'locked') return { status: 'locked' };
    const target = before.profile.journal.incidents.find((incident) => incident.id === id);
    if (!target) return { status: 'done', photo: 'failed' };
    const shot = await takePhoto(tabId, target.photo !== undefined);
    if (!shot.photo) return { status: 'done', photo: shot.outcome };
    const snapshot = await profile.get();
    if (snapshot.status === 'locked') return { status: 'locked' };
    const result = attachPhoto(snapshot.profile.journal, id, shot.photo);
    if (result.photo === 'attached') await profile.update('journal', result.journal, snapshot.session);
    return { status: 'done', photo: result.photo };
  });
}
