/**
 * Background (service worker in Chrome MV3, event page in Firefox MV2): wiring only. Listeners are
 * registered synchronously inside `main` (style rule 13).
 */
import { defineBackground } from '#imports';
import { registerMessageHandlers } from './messages.ts';
import { createBackgroundProfileService } from './profile.ts';
import { registerSession } from './session.ts';

export default defineBackground(() => {
  const profile = createBackgroundProfileService();
  // afterChange: where reminders rebuild their alarms and badge after a lock, "next person",
  // erase or unlock (see SessionHooks in ./session.ts).
  const session = registerSession(profile, {});
  registerMessageHandlers(profile, session);
});
