/** The background's profile service, on the storage backend in force. */
import { plainLocalBackend } from '../../utils/profile/backends.ts';
import { createProfileService, type ProfileService } from '../../utils/profile/service.ts';
import { profileRevisionItem } from '../../utils/storage/items.ts';

export function createBackgroundProfileService(): ProfileService {
  return createProfileService({
    backend: () => plainLocalBackend,
    readRevision: () => profileRevisionItem.getValue(),
    bumpRevision: async () => {
      const next = (await profileRevisionItem.getValue()) + 1;
      await profileRevisionItem.setValue(next);
      return next;
    },
  });
}
