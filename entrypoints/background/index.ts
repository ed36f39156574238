/**
 * Background (service worker in Chrome MV3, event page in Firefox MV2): wiring only. Listeners are
 * registered synchronously inside `main` (style rule 13).
 */
import { defineBackground } from '#imports';
import { registerReminders } from './alarms.ts';
import { registerMessageHandlers } from './messages.ts';
import { createBackgroundProfileService } from './profile.ts';

export default defineBackground(() => {
  const profile = createBackgroundProfileService();
  registerMessageHandlers(profile);
  registerReminders(profile);
});
