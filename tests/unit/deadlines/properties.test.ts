/**
 * Properties (fast-check) over any valid civil dates and documents: windows are ordered, computed
 * dates land where the rules say, reminders never fall after the date they warn about, and the
 * rules never throw, whatever they are given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDays } from '../../../utils/deadlines/civil.ts';
import type { TrackedDocument } from '../../../utils/deadlines/documents.ts';
import { DOCUMENT_KINDS } from '../../../utils/deadlines/kinds.ts';
import { continuityEnd, daysUntil, implicitRejectionDate, renewalWindow, vlsTsValidationDeadline } from '../../../utils/deadlines/rules.ts';
import { deadlinesOf, nextDeadlineOf } from '../../../utils/deadlines/timeline.ts';
import { remindersOf } from '../../../utils/reminders/schedule.ts';

/** Any real civil date between 1990 and 2090. */
const civilDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const document: fc.Arbitrary<TrackedDocument> = fc.record({
  id: fc.constantFrom('a', 'b', 'c'),
  kind: fc.constantFrom(...DOCUMENT_KINDS),
  expiry: civilDate,
  issuedOn: civilDate,
  entryDate: civilDate,
  filedOn: fc.option(civilDate, { nil: undefined }),
  onAnef: fc.boolean(),
  longCard: fc.boolean(),
  validated: fc.boolean(),
  maxAgeMonths: fc.constantFrom(3 as const, 6 as const),
});

const get = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('properties', () => {
  it('renewal windows are ordered: opens < lastDay < expiry, and ANEF windows are 60 days long', () => {
    fc.assert(fc.property(civilDate, fc.boolean(), (expiry, onAnef) => {
      const { opens, lastDay } = get(renewalWindow(expiry, onAnef));
      expect(opens < lastDay).toBe(true);
      expect(lastDay < expiry).toBe(true);
      if (onAnef) {
        expect(get(daysUntil(lastDay, opens))).toBe(60);
        expect(get(daysUntil(expiry, lastDay))).toBe(60);
      } else {
        expect(get(daysUntil(expiry, lastDay))).toBe(1);
        // Two calendar months: between 59 and 62 days.
        expect(get(daysUntil(expiry, opens))).toBeGreaterThanOrEqual(59);
        expect(get(daysUntil(expiry, opens))).toBeLessThanOrEqual(62);
      }
    }));
  });

  it('month rules land 3 or 4 calendar months later, on the same day or the month end', () => {
    fc.assert(fc.property(civilDate, (date) => {
      for (const [result, months] of [[implicitRejectionDate(date), 4], [vlsTsValidationDeadline(date), 3], [continuityEnd(date), 3]] as const) {
        const out = get(result);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [oy, om, od] = out.split('-').map(Number) as [number, number, number];
        expect((oy - y) * 12 + (om - m)).toBe(months);
        const monthEnd = new Date(Date.UTC(oy, om, 0)).getUTCDate();
        expect(od).toBe(Math.min(d, monthEnd));
      }
    }));
  });

  it('daysUntil is antisymmetric and agrees with adding days', () => {
    fc.assert(fc.property(civilDate, fc.integer({ min: -2000, max: 2000 }), (today, n) => {
      const date = plusDays(today, n)!;
      expect(get(daysUntil(date, today))).toBe(n);
      expect(get(daysUntil(today, date))).toBe(n === 0 ? 0 : -n);
    }));
  });

  it('every reminder falls on or before the date it warns about', () => {
    fc.assert(fc.property(fc.array(document, { maxLength: 4 }), (docs) => {
      const unique = docs.map((doc, index) => ({ ...doc, id: `d${index}` }));
      for (const doc of unique) {
        for (const deadline of deadlinesOf(doc)) {
          for (const day of deadline.reminders) expect(day <= deadline.date).toBe(true);
        }
      }
      for (const reminder of remindersOf(unique)) expect(reminder.day <= reminder.date).toBe(true);
    }));
  });

  it('a document’s deadlines are in date order, and the next one is today or later unless all are past', () => {
    fc.assert(fc.property(document, civilDate, (doc, today) => {
      const deadlines = deadlinesOf(doc);
      const dates = deadlines.map((deadline) => deadline.date);
      expect(dates).toEqual([...dates].sort());
      const next = nextDeadlineOf(doc, today);
      if (!next) expect(deadlines).toEqual([]);
      else if (next.days < 0) expect(dates.every((date) => date < today)).toBe(true);
      else expect(next.deadline.date >= today).toBe(true);
    }));
  });

  it('the rules never throw, whatever they are given', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (a, b) => {
      for (const result of [
        renewalWindow(a as string, b as boolean),
        implicitRejectionDate(a as string),
        vlsTsValidationDeadline(a as string),
        continuityEnd(a as string),
        daysUntil(a as string, b as string),
      ]) {
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error).toEqual(expect.any(String));
      }
    }));
    fc.assert(fc.property(fc.string(), (text) => {
      expect(typeof renewalWindow(text, true).ok).toBe('boolean');
    }));
  });
});
