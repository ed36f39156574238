/**
 * Where the person's data is kept. Own device, no passphrase: plainly in this browser's local
 * storage. Used by the routed backend (utils/privacy/router.ts) when this is the own device and
 * no passphrase was set.
 */
import { storage } from '#imports';
import { keepAside } from '../storage/recovered.ts';
import { PROFILE_KEY } from '../storage/items.ts';
import type { ProfileBackend } from './service.ts';

export const plainLocalBackend: ProfileBackend = {
  async load() {
    return (await storage.getItem<unknown>(PROFILE_KEY)) ?? undefined;
  },
  async save(profile) {
    await storage.setItem(PROFILE_KEY, profile);
  },
  async keepAside(section, raw) {
    await keepAside({ key: `${PROFILE_KEY}.${section}`, raw, reason: 'section failed validation' });
  },
};
