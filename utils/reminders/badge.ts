/**
 * The toolbar badge, pure: the most urgent deadline + the device mode → text and colour.
 * On the person's own device: the days left ("12"), "!" once the date has passed, colour by
 * urgency (the popup says the same in words: colour is never alone). On a shared computer, or
 * while the question was not answered: no text at all — a count of days is personal.
 */
import type { NextDeadline, Urgency } from '../deadlines/timeline.ts';

export type DeviceMode = 'own' | 'shared' | null;

export interface BadgeState {
  text: string;
  /** Background colour (#rrggbb); white text on each has a contrast of at least 4.5:1. */
  color: string;
}

export const BADGE_COLORS: Record<Urgency, string> = {
  past: '#a4262c',
  urgent: '#a4262c',
  soon: '#8a4b00',
  later: '#0d5c57',
};

/** The badge for the person's most urgent deadline. */
export function badgeFor(next: NextDeadline | undefined, mode: DeviceMode): BadgeState {
  if (mode !== 'own' || !next) return { text: '', color: BADGE_COLORS.later };
  const text = next.days < 0 ? '!' : next.days > 999 ? '999+' : String(next.days);
  return { text, color: BADGE_COLORS[next.urgency] };
}
