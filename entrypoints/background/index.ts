/**
 * Background (service worker in Chrome MV3, event page in Firefox MV2): wiring only. Listeners are
 * registered synchronously inside `main` (style rule 13).
 */
import { defineBackground } from '#imports';
import { registerReminders } from './alarms.ts';
import { registerMessageHandlers } from './messages.ts';
import { clearNotifications } from './notifications.ts';
import { createBackgroundProfileService } from './profile.ts';
import { ENDS_A_SESSION, registerSession } from './session.ts';

export default defineBackground(() => {
  const profile = createBackgroundProfileService();
  registerReminders(profile);
  // Reminders follow the profile revision on their own; when a session ends, the previous
  // person's notifications are taken off the screen too.
  const session = registerSession(profile, {
    afterChange: (change) => (ENDS_A_SESSION.has(change) ? clearNotifications() : undefined),
  });
  registerMessageHandlers(profile, session);
});
