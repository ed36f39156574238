/** The toolbar badge: days left and colour on the person's own device; nothing on a shared one. */
import { describe, expect, it } from 'vitest';
import type { NextDeadline } from '../../../utils/deadlines/timeline.ts';
import { BADGE_COLORS, badgeFor } from '../../../utils/reminders/badge.ts';

const next = (days: number, urgency: NextDeadline['urgency']): NextDeadline => ({
  days,
  urgency,
  deadline: { docId: 'a', kind: 'api', type: 'expiry', date: '2027-01-01', reminders: [], sources: [] },
});

/** Relative luminance contrast of white text on a #rrggbb background. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

describe('badgeFor', () => {
  it('own device: the days left, coloured by urgency', () => {
    expect(badgeFor(next(40, 'later'), 'own')).toEqual({ text: '40', color: BADGE_COLORS.later });
    expect(badgeFor(next(12, 'soon'), 'own')).toEqual({ text: '12', color: BADGE_COLORS.soon });
    expect(badgeFor(next(0, 'urgent'), 'own')).toEqual({ text: '0', color: BADGE_COLORS.urgent });
    expect(badgeFor(next(1234, 'later'), 'own').text).toBe('999+');
  });

  it('own device: "!" once the date has passed', () => {
    expect(badgeFor(next(-3, 'past'), 'own')).toEqual({ text: '!', color: BADGE_COLORS.past });
  });

  it('shared computer, unanswered question or no documents: no text', () => {
    expect(badgeFor(next(12, 'soon'), 'shared').text).toBe('');
    expect(badgeFor(next(-3, 'past'), null).text).toBe('');
    expect(badgeFor(undefined, 'own').text).toBe('');
  });

  it('every colour keeps white text readable (4.5:1)', () => {
    for (const color of Object.values(BADGE_COLORS)) expect(contrastWithWhite(color)).toBeGreaterThanOrEqual(4.5);
  });
});
