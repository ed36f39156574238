/**
 * The background's profile service, on the one routed backend (utils/privacy/router.ts): where the
 * person's data is kept depends on the device mode and on who is in the session.
 */
import { routedBackend } from '../../utils/privacy/router.ts';
import { createProfileService, type ProfileService } from '../../utils/profile/service.ts';
import { profileRevisionItem } from '../../utils/storage/items.ts';

/** Tells every context to read the person's data again (after a change of it, or of the session). */
export async function bumpProfileRevision(): Promise<number> {
  const next = (await profileRevisionItem.getValue()) + 1;
  await profileRevisionItem.setValue(next);
  return next;
}

export function createBackgroundProfileService(): ProfileService {
  return createProfileService({
    backend: () => routedBackend,
    readRevision: () => profileRevisionItem.getValue(),
    bumpRevision: bumpProfileRevision,
  });
}
