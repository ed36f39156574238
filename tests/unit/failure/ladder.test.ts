/** The ladder: journal → CCC → PAN → letter → after, from what the journal holds. */
import { describe, expect, it } from 'vitest';
import { setLetterOptions } from '../../../utils/failure/journal.ts';
import { CHASE_AFTER_DAYS, ladderState } from '../../../utils/failure/ladder.ts';
import { contact, incident, journal } from './fixtures.ts';

describe('ladderState', () => {
  it('starts at the journal', () => {
    const state = ladderState(journal());
    expect(state.current).toBe('journal');
    expect(state.status).toEqual({ journal: 'current', ccc: 'todo', pan: 'todo', letter: 'todo', after: 'todo' });
    expect(state).toMatchObject({ incidents: 0, attemptDays: 0, spanDays: 0, spreadOverAWeek: false });
  });

  it('moves up as incidents, CCC and PAN contacts are recorded, and counts days', () => {
    const withIncidents = journal({ incidents: [incident('a', '2027-03-01T10:00'), incident('b', '2027-03-01T18:00'), incident('c', '2027-03-09')] });
    expect(ladderState(withIncidents)).toMatchObject({ current: 'ccc', incidents: 3, attemptDays: 2, spanDays: 8, spreadOverAWeek: true });
    const withCcc = { ...withIncidents, contacts: [contact('x', 'ccc-form', '2027-03-02')] };
    expect(ladderState(withCcc).current).toBe('pan');
    const withPan = { ...withCcc, contacts: [...withCcc.contacts, contact('y', 'pan', '2027-03-10')] };
    expect(ladderState(withPan)).toMatchObject({ current: 'letter', cccContacts: 1, panContacts: 1 });
    expect(ladderState(withPan).status.letter).toBe('current');
  });

  it('a PAN visit without a CCC contact leaves the CCC step current', () => {
    const state = ladderState(journal({ incidents: [incident('a', '2027-03-01')], contacts: [contact('y', 'pan', '2027-03-10')] }));
    expect(state.current).toBe('ccc');
    expect(state.status.pan).toBe('done');
  });

  it('after the letter is sent, suggests chasing it three weeks later (advice, not a legal deadline)', () => {
    const sent = setLetterOptions(journal({ incidents: [incident('a', '2027-03-01')], contacts: [contact('x', 'ccc-phone', '2027-03-02'), contact('y', 'pan', '2027-03-03')] }), { sentOn: '2027-04-01' });
    const state = ladderState(sent);
    expect(CHASE_AFTER_DAYS).toBe(21);
    expect(state).toMatchObject({ current: 'after', letterSentOn: '2027-04-01', chaseFrom: '2027-04-22' });
    expect(state.status).toEqual({ journal: 'done', ccc: 'done', pan: 'done', letter: 'done', after: 'current' });
  });
});
