/**
 * Shows a badge state (utils/reminders/badge.ts) on the toolbar button: `action` in Chrome (MV3),
 * `browserAction` in Firefox (MV2).
 */
import { browser } from '#imports';
import type { BadgeState } from '../../utils/reminders/badge.ts';

type ActionApi = typeof browser.action;

function actionApi(): ActionApi | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: ActionApi }).browserAction;
}

export async function applyBadge(state: BadgeState): Promise<void> {
  const action = actionApi();
  if (!action) return;
  await action.setBadgeText({ text: state.text });
  await action.setBadgeBackgroundColor({ color: state.color });
  // Not in every browser version; the default text colour is already white.
  await action.setBadgeTextColor?.({ color: '#ffffff' });
}
