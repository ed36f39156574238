/**
 * The contract rules (../shared/design/contracts.md) with edge dates: 29 February, 31 January + 1
 * month, month ends, year ends, expiry in the past, and invalid input returning an error value.
 */
import { describe, expect, it } from 'vitest';
import {
  continuityEnd,
  daysUntil,
  implicitRejectionDate,
  renewalWindow,
  vlsTsValidationDeadline,
  type Result,
} from '../../../utils/deadlines/rules.ts';

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`expected ok, got ${result.error}`);
  return result.value;
};

describe('renewalWindow (R. 431-5)', () => {
  it('ANEF titles: opens 120 days before expiry, last day 60 days before', () => {
    expect(value(renewalWindow('2027-06-15', true))).toEqual({ opens: '2027-02-15', lastDay: '2027-04-16' });
  });

  it('ANEF titles across a year end and a leap day', () => {
    expect(value(renewalWindow('2028-01-10', true))).toEqual({ opens: '2027-09-12', lastDay: '2027-11-11' });
    // 2028 is a leap year: 120 days before 28/06/2028 crosses 29/02/2028.
    expect(value(renewalWindow('2028-06-28', true))).toEqual({ opens: '2028-02-29', lastDay: '2028-04-29' });
  });

  it('other titles: the two months before expiry, last day the day before', () => {
    expect(value(renewalWindow('2027-06-15', false))).toEqual({ opens: '2027-04-15', lastDay: '2027-06-14' });
    expect(value(renewalWindow('2027-01-01', false))).toEqual({ opens: '2026-11-01', lastDay: '2026-12-31' });
  });

  it('other titles: month ends are clamped (31/12 − 2 months = 31/10; 30/04 − 2 months = 28 or 29/02)', () => {
    expect(value(renewalWindow('2027-12-31', false))).toEqual({ opens: '2027-10-31', lastDay: '2027-12-30' });
    expect(value(renewalWindow('2027-04-30', false)).opens).toBe('2027-02-28');
    expect(value(renewalWindow('2028-04-30', false)).opens).toBe('2028-02-29');
    expect(value(renewalWindow('2028-03-01', false))).toEqual({ opens: '2028-01-01', lastDay: '2028-02-29' });
  });

  it('an expiry in the past still gives its (past) window', () => {
    expect(value(renewalWindow('2020-03-01', true))).toEqual({ opens: '2019-11-02', lastDay: '2020-01-01' });
  });

  it('refuses impossible or malformed dates with an error, without throwing', () => {
    for (const bad of ['2027-02-29', '2027-02-31', '2027-13-01', '2027-00-10', '15/06/2027', '', '2027-6-1', 'tomorrow']) {
      const result = renewalWindow(bad, true);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/expiry/);
    }
    expect(renewalWindow(undefined as unknown as string, true).ok).toBe(false);
    expect(renewalWindow('2027-06-15', 'yes' as unknown as boolean).ok).toBe(false);
  });
});

describe('implicitRejectionDate (R. 432-2)', () => {
  it('is the filing date plus four calendar months', () => {
    expect(value(implicitRejectionDate('2027-03-15'))).toBe('2027-07-15');
  });

  it('clamps to the month end: 31/10 → 28/02, or 29/02 in a leap year', () => {
    expect(value(implicitRejectionDate('2026-10-31'))).toBe('2027-02-28');
    expect(value(implicitRejectionDate('2027-10-31'))).toBe('2028-02-29');
  });

  it('crosses the year end', () => {
    expect(value(implicitRejectionDate('2026-11-27'))).toBe('2027-03-27');
    expect(value(implicitRejectionDate('2026-12-31'))).toBe('2027-04-30');
  });

  it('from 29 February', () => {
    expect(value(implicitRejectionDate('2028-02-29'))).toBe('2028-06-29');
  });

  it('refuses an impossible date', () => {
    expect(implicitRejectionDate('2026-02-29')).toMatchObject({ ok: false });
    expect(implicitRejectionDate('9999-10-01')).toMatchObject({ ok: false, error: expect.stringMatching(/out of range/) });
  });
});

describe('vlsTsValidationDeadline (R. 431-17)', () => {
  it('is the entry date plus three calendar months', () => {
    expect(value(vlsTsValidationDeadline('2026-09-01'))).toBe('2026-12-01');
  });

  it('31 January + 1 month is clamped the same way: 30/11 + 3 months = 28/02, 31/01 + 3 months = 30/04', () => {
    expect(value(vlsTsValidationDeadline('2026-11-30'))).toBe('2027-02-28');
    expect(value(vlsTsValidationDeadline('2027-11-30'))).toBe('2028-02-29');
    expect(value(vlsTsValidationDeadline('2027-01-31'))).toBe('2027-04-30');
  });

  it('crosses the year end', () => {
    expect(value(vlsTsValidationDeadline('2026-12-15'))).toBe('2027-03-15');
  });

  it('refuses bad input', () => {
    expect(vlsTsValidationDeadline('2026-11-31').ok).toBe(false);
  });
});

describe('continuityEnd (L. 433-3)', () => {
  it('is the expiry plus three calendar months', () => {
    expect(value(continuityEnd('2027-05-10'))).toBe('2027-08-10');
  });

  it('clamps month ends, including 29 February', () => {
    expect(value(continuityEnd('2027-11-30'))).toBe('2028-02-29');
    expect(value(continuityEnd('2026-11-30'))).toBe('2027-02-28');
    expect(value(continuityEnd('2028-02-29'))).toBe('2028-05-29');
  });

  it('works for an expiry in the past', () => {
    expect(value(continuityEnd('2019-12-31'))).toBe('2020-03-31');
  });

  it('refuses bad input', () => {
    expect(continuityEnd('31/12/2027').ok).toBe(false);
  });
});

describe('daysUntil', () => {
  it('counts calendar days, negative when past, zero on the day', () => {
    expect(value(daysUntil('2027-01-01', '2026-12-31'))).toBe(1);
    expect(value(daysUntil('2026-12-31', '2027-01-01'))).toBe(-1);
    expect(value(daysUntil('2027-03-06', '2027-03-06'))).toBe(0);
  });

  it('counts leap days', () => {
    expect(value(daysUntil('2028-03-01', '2028-02-01'))).toBe(29);
    expect(value(daysUntil('2027-03-01', '2027-02-01'))).toBe(28);
    expect(value(daysUntil('2029-01-01', '2028-01-01'))).toBe(366);
  });

  it('is not moved by daylight-saving changes (France: last Sundays of March and October)', () => {
    expect(value(daysUntil('2027-03-29', '2027-03-27'))).toBe(2);
    expect(value(daysUntil('2027-11-01', '2027-10-30'))).toBe(2);
  });

  it('refuses bad input on either side', () => {
    expect(daysUntil('2027-02-30', '2027-01-01')).toMatchObject({ ok: false, error: expect.stringMatching(/date/) });
    expect(daysUntil('2027-02-20', 'today')).toMatchObject({ ok: false, error: expect.stringMatching(/today/) });
  });
});

describe('no time-zone drift', () => {
  for (const zone of ['Europe/Paris', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago']) {
    it(`gives the same civil dates in ${zone}`, () => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      try {
        // The zone really applies (none of these is UTC).
        expect(new Date(2027, 0, 1).getTimezoneOffset()).not.toBe(0);
        expect(value(renewalWindow('2027-06-15', true))).toEqual({ opens: '2027-02-15', lastDay: '2027-04-16' });
        expect(value(implicitRejectionDate('2026-10-31'))).toBe('2027-02-28');
        expect(value(vlsTsValidationDeadline('2027-11-30'))).toBe('2028-02-29');
        expect(value(continuityEnd('2027-03-31'))).toBe('2027-06-30');
        // Across the spring and autumn clock changes in Europe.
        expect(value(daysUntil('2027-03-29', '2027-03-27'))).toBe(2);
        expect(value(daysUntil('2027-11-01', '2027-10-30'))).toBe(2);
        expect(value(daysUntil('2028-01-01', '2027-01-01'))).toBe(365);
      } finally {
        process.env.TZ = before;
      }
    });
  }
});
