/**
 * Each document kind's deadlines and reminder days (legal.md §4.8, users-languages.md §5.3), the
 * next deadline and its urgency, the order of documents, late renewals, the plain-words data, and
 * the documents section's validation.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DocumentsSchema, missingFields, tidyDocument, type TrackedDocument } from '../../../utils/deadlines/documents.ts';
import { byUrgency, deadlinesOf, isLateRenewal, mostUrgent, nextDeadlineOf, plainWords, wordsContext } from '../../../utils/deadlines/timeline.ts';

const titre = (over: Partial<TrackedDocument> = {}): TrackedDocument => ({ id: 't1', kind: 'titre-sejour', expiry: '2027-06-15', onAnef: true, longCard: false, ...over });

describe('titre de séjour renewed on ANEF', () => {
  it('has the window D-120 … D-60 and the expiry, with the §5.3 reminder days', () => {
    const deadlines = deadlinesOf(titre());
    expect(deadlines.map((d) => [d.type, d.date])).toEqual([
      ['renewal-opens', '2027-02-15'],
      ['renewal-last-day', '2027-04-16'],
      ['expiry', '2027-06-15'],
    ]);
    // −150, −120 | −90, −75, −67, −62, −60 | −30, −14, −7, −1, 0
    expect(deadlines[0]!.reminders).toEqual(['2027-01-16', '2027-02-15']);
    expect(deadlines[1]!.reminders).toEqual(['2027-03-17', '2027-04-01', '2027-04-09', '2027-04-14', '2027-04-16']);
    expect(deadlines[2]!.reminders).toEqual(['2027-05-16', '2027-06-01', '2027-06-08', '2027-06-14', '2027-06-15']);
    expect(deadlines[1]!.sources).toEqual(['ceseda-r431-5', 'ceseda-l436-5', 'prefecture-vaucluse-anef']);
  });

  it('after a complete filing: the 4-month implicit rejection and the expiry, no more window', () => {
    const deadlines = deadlinesOf(titre({ filedOn: '2027-03-01' }));
    expect(deadlines.map((d) => [d.type, d.date])).toEqual([
      ['expiry', '2027-06-15'],
      ['implicit-rejection', '2027-07-01'],
    ]);
    expect(deadlines[1]!.reminders).toEqual(['2027-06-24', '2027-07-01']);
    expect(deadlines[1]!.sources).toContain('ce-avis-499904');
  });

  it('4-year or resident card after filing: three months of continuity (L. 433-3)', () => {
    const deadlines = deadlinesOf(titre({ filedOn: '2027-03-01', longCard: true, expiry: '2027-11-30' }));
    const end = deadlines.find((d) => d.type === 'continuity-end')!;
    expect(end.date).toBe('2028-02-29');
    expect(end.reminders).toEqual(['2028-02-15', '2028-02-22', '2028-02-28', '2028-02-29']);
    expect(end.sources).toEqual(['ceseda-l433-3']);
    // Not for other cards.
    expect(deadlinesOf(titre({ filedOn: '2027-03-01', expiry: '2027-11-30' })).some((d) => d.type === 'continuity-end')).toBe(false);
  });
});

describe('titre de séjour filed at the préfecture (not on ANEF)', () => {
  it('has the two months before expiry, last day the day before, with its reminder days', () => {
    const deadlines = deadlinesOf(titre({ onAnef: false }));
    expect(deadlines.map((d) => [d.type, d.date])).toEqual([
      ['renewal-opens', '2027-04-15'],
      ['renewal-last-day', '2027-06-14'],
      ['expiry', '2027-06-15'],
    ]);
    // −90 and the opening day | −30, −14, −7, −1
    expect(deadlines[0]!.reminders).toEqual(['2027-03-17', '2027-04-15']);
    expect(deadlines[1]!.reminders).toEqual(['2027-05-16', '2027-06-01', '2027-06-08', '2027-06-14']);
  });
});

describe('other kinds', () => {
  it('VLS-TS not validated: entry + 3 months, reminders at D+60, D+85 and the day', () => {
    const [deadline] = deadlinesOf({ id: 'v', kind: 'vls-ts', entryDate: '2026-11-30', validated: false });
    expect(deadline).toMatchObject({ type: 'vls-validation', date: '2027-02-28', sources: ['ceseda-r431-17'] });
    expect(deadline!.reminders).toEqual(['2027-01-29', '2027-02-23', '2027-02-28']);
  });

  it('VLS-TS validated: no validation deadline; its end date if given', () => {
    expect(deadlinesOf({ id: 'v', kind: 'vls-ts', entryDate: '2026-11-30', validated: true })).toEqual([]);
    expect(deadlinesOf({ id: 'v', kind: 'vls-ts', entryDate: '2026-11-30', validated: true, expiry: '2027-11-29' }).map((d) => d.type)).toEqual(['expiry']);
  });

  it('API, ADF and récépissé: reminders 30, 15, 7, 3 and 1 days before the printed date', () => {
    for (const kind of ['api', 'adf', 'recepisse'] as const) {
      const [deadline] = deadlinesOf({ id: 'a', kind, expiry: '2027-01-31' });
      expect(deadline!.reminders, kind).toEqual(['2027-01-01', '2027-01-16', '2027-01-24', '2027-01-28', '2027-01-30']);
    }
    expect(deadlinesOf({ id: 'a', kind: 'api', expiry: '2027-01-31' })[0]!.sources).toEqual(['ceseda-r431-15-1', 'sp-f36206']);
  });

  it('attestation de dépôt: no deadline at all (it proves nothing about stay)', () => {
    expect(deadlinesOf({ id: 'd', kind: 'attestation-depot', filedOn: '2027-01-10' })).toEqual([]);
    expect(nextDeadlineOf({ id: 'd', kind: 'attestation-depot', filedOn: '2027-01-10' }, '2027-01-11')).toBeUndefined();
  });

  it('passport: 180, 90, 60 and 30 days before', () => {
    expect(deadlinesOf({ id: 'p', kind: 'passport', expiry: '2028-01-01' })[0]!.reminders).toEqual(['2027-07-05', '2027-10-03', '2027-11-02', '2027-12-02']);
  });

  it('proof less than 3 months old: last good day, warned at 80 days old', () => {
    const [deadline] = deadlinesOf({ id: 'j', kind: 'proof', issuedOn: '2026-11-30', maxAgeMonths: 3 });
    expect(deadline).toMatchObject({ type: 'proof-too-old', date: '2027-02-27', reminders: ['2027-02-18'] });
  });

  it('proof less than 6 months old: warned 10 days before its last good day', () => {
    const [deadline] = deadlinesOf({ id: 'j', kind: 'proof', issuedOn: '2027-08-31', maxAgeMonths: 6 });
    expect(deadline).toMatchObject({ date: '2028-02-28', reminders: ['2028-02-18'] });
  });

  it('any other document: 90, 60, 30, 15, 7 and 1 days before', () => {
    expect(deadlinesOf({ id: 'o', kind: 'other', expiry: '2027-03-01' })[0]!.reminders).toEqual([
      '2026-12-01', '2026-12-31', '2027-01-30', '2027-02-14', '2027-02-22', '2027-02-28',
    ]);
  });
});

describe('next deadline and urgency', () => {
  it('titre expiring in 100 days on ANEF: the window is open, last day in 40 days', () => {
    const next = nextDeadlineOf(titre({ expiry: '2027-03-07' }), '2026-11-27');
    expect(next).toMatchObject({ days: 40, urgency: 'later', deadline: { type: 'renewal-last-day', date: '2027-01-06' } });
  });

  it('urgency: past, urgent (0 to 7 days), soon (8 to 30), later', () => {
    const doc = { id: 'a', kind: 'api', expiry: '2027-01-31' } as const;
    expect(nextDeadlineOf(doc, '2027-02-01')).toMatchObject({ days: -1, urgency: 'past' });
    expect(nextDeadlineOf(doc, '2027-01-31')).toMatchObject({ days: 0, urgency: 'urgent' });
    expect(nextDeadlineOf(doc, '2027-01-24')).toMatchObject({ days: 7, urgency: 'urgent' });
    expect(nextDeadlineOf(doc, '2027-01-23')).toMatchObject({ days: 8, urgency: 'soon' });
    expect(nextDeadlineOf(doc, '2027-01-01')).toMatchObject({ days: 30, urgency: 'soon' });
    expect(nextDeadlineOf(doc, '2026-12-31')).toMatchObject({ days: 31, urgency: 'later' });
  });

  it('an expiry in the past stays the next deadline, as past', () => {
    expect(nextDeadlineOf(titre({ expiry: '2026-01-01' }), '2026-11-27')).toMatchObject({ days: -330, urgency: 'past', deadline: { type: 'expiry' } });
  });

  it('documents in order: run out first, then by date, then those without deadlines', () => {
    const docs: TrackedDocument[] = [
      { id: 'dep', kind: 'attestation-depot', filedOn: '2026-10-01' },
      { id: 'far', kind: 'passport', expiry: '2030-01-01' },
      { id: 'old', kind: 'api', expiry: '2026-01-01' },
      { id: 'near', kind: 'api', expiry: '2026-12-01' },
      { id: 'recent', kind: 'recepisse', expiry: '2026-11-20' },
    ];
    expect(byUrgency(docs, '2026-11-27').map((entry) => entry.doc.id)).toEqual(['recent', 'old', 'near', 'far', 'dep']);
    expect(mostUrgent(docs, '2026-11-27')).toMatchObject({ days: -7, deadline: { docId: 'recent' } });
    expect(mostUrgent([], '2026-11-27')).toBeUndefined();
  });

  it('a renewal not filed after the last day is late (L. 436-5)', () => {
    expect(isLateRenewal(titre(), '2027-04-16')).toBeUndefined();
    expect(isLateRenewal(titre(), '2027-04-17')).toEqual({ lastDay: '2027-04-16' });
    expect(isLateRenewal(titre({ filedOn: '2027-04-20' }), '2027-04-21')).toBeUndefined();
    expect(isLateRenewal({ id: 'a', kind: 'api', expiry: '2027-01-01' }, '2027-04-21')).toBeUndefined();
  });
});

describe('plain words', () => {
  it('says when, what and what to do, as pack keys', () => {
    const [, lastDay] = deadlinesOf(titre());
    expect(plainWords(lastDay!, '2027-03-07', { onAnef: true })).toEqual({
      when: { key: 'inDays', count: 40 },
      what: 'titre-sejour.renewal-last-day',
      next: 'next.titre-sejour.renewal-last-day.anef',
      date: '2027-04-16',
    });
    expect(plainWords(lastDay!, '2027-04-16').when).toEqual({ key: 'today', count: 0 });
    expect(plainWords(lastDay!, '2027-04-15', { onAnef: false })).toMatchObject({ when: { key: 'tomorrow' }, next: 'next.titre-sejour.renewal-last-day.prefecture' });
    expect(plainWords(lastDay!, '2027-04-17').when).toEqual({ key: 'yesterday', count: 1 });
    expect(plainWords(lastDay!, '2027-05-16').when).toEqual({ key: 'daysAgo', count: 30 });
  });

  it('the advice follows what the person said and whether the date has passed', () => {
    const expiry = deadlinesOf(titre()).find((d) => d.type === 'expiry')!;
    expect(plainWords(expiry, '2027-06-01', wordsContext(titre())).next).toBe('next.titre-sejour.expiry.notFiled');
    expect(plainWords(expiry, '2027-06-01', wordsContext(titre({ filedOn: '2027-03-01' }))).next).toBe('next.titre-sejour.expiry.filed');
    const [api] = deadlinesOf({ id: 'a', kind: 'api', expiry: '2027-01-31' });
    expect(plainWords(api!, '2027-01-31').next).toBe('next.api.expiry');
    expect(plainWords(api!, '2027-02-01').next).toBe('past.api.expiry');
  });
});

describe('documents section', () => {
  const parse = (items: unknown[]) => v.safeParse(DocumentsSchema, { items });

  it('accepts documents with their required dates', () => {
    expect(parse([titre(), { id: 'p', kind: 'proof', issuedOn: '2026-11-01', maxAgeMonths: 3, label: 'Facture' }]).success).toBe(true);
  });

  it('refuses impossible dates, missing required dates, unknown kinds, repeated ids and odd ids', () => {
    expect(parse([titre({ expiry: '2027-02-31' })]).success).toBe(false);
    expect(parse([{ id: 'x', kind: 'titre-sejour' }]).success).toBe(false);
    expect(parse([{ id: 'x', kind: 'proof', issuedOn: '2026-11-01' }]).success).toBe(false);
    expect(parse([{ id: 'x', kind: 'driving-licence', expiry: '2027-01-01' }]).success).toBe(false);
    expect(parse([titre(), titre()]).success).toBe(false);
    expect(parse([titre({ id: '../x' })]).success).toBe(false);
  });

  it('names what is missing', () => {
    expect(missingFields({ kind: 'vls-ts' })).toEqual(['entryDate']);
    expect(missingFields({ kind: 'proof' })).toEqual(['issuedOn', 'maxAgeMonths']);
    expect(missingFields({ kind: 'titre-sejour', expiry: '2027-01-01' })).toEqual([]);
  });

  it('keeps only the fields a kind uses', () => {
    expect(tidyDocument({ id: 'a', kind: 'api', expiry: '2027-01-01', entryDate: '2026-01-01', label: 'x', onAnef: true })).toEqual({ id: 'a', kind: 'api', expiry: '2027-01-01' });
    expect(tidyDocument({ id: 'o', kind: 'other', expiry: '2027-01-01', label: '  Carte vitale  ' })).toEqual({ id: 'o', kind: 'other', expiry: '2027-01-01', label: 'Carte vitale' });
    expect(tidyDocument({ id: 't', kind: 'titre-sejour', expiry: '2027-01-01' })).toEqual({ id: 't', kind: 'titre-sejour', expiry: '2027-01-01', onAnef: false, longCard: false });
  });
});
