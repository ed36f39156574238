/**
 * The journal section and its reducers: time order kept, photos limited without losing the
 * incident, edits and removals by id, stored values validated (bad ones refused, old ones read).
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  addContact,
  addIncident,
  attachPhoto,
  emptyJournal,
  JournalSchema,
  MAX_PHOTOS,
  photoCount,
  removeContact,
  removeIncident,
  removePhoto,
  setLetterOptions,
  sortedContacts,
  updateContact,
  updateIncident,
} from '../../../utils/failure/journal.ts';
import { PersonSchema } from '../../../utils/failure/person.ts';
import { emptyProfile, readProfile } from '../../../utils/profile/profile.ts';
import { contact, incident, journal, PHOTO } from './fixtures.ts';

describe('incidents', () => {
  it('are kept in time order whatever order they are added in', () => {
    let current = emptyJournal();
    for (const [id, at] of [['b', '2027-03-12T14:05:00+01:00'], ['a', '2027-03-05T09:00:00+01:00'], ['c', '2027-03-12T18:00:00+01:00'], ['d', '2027-03-12']]) {
      current = addIncident(current, incident(id!, at!)).journal;
    }
    expect(current.incidents.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keep their photo, up to the limit; beyond it the incident is kept without one', () => {
    let current = emptyJournal();
    for (let index = 0; index < MAX_PHOTOS; index += 1) {
      const result = addIncident(current, incident(`p${index}`, `2027-03-${String(index + 1).padStart(2, '0')}`, { photo: PHOTO }));
      expect(result.photo).toBe('attached');
      current = result.journal;
    }
    const over = addIncident(current, incident('over', '2027-03-20', { photo: PHOTO }));
    expect(over.photo).toBe('limit-reached');
    expect(over.journal.incidents.find((item) => item.id === 'over')).toBeDefined();
    expect(over.journal.incidents.find((item) => item.id === 'over')?.photo).toBeUndefined();
    expect(photoCount(over.journal)).toBe(MAX_PHOTOS);
    expect(addIncident(current, incident('plain', '2027-03-21')).photo).toBe('not-asked');
  });

  it('get a photo later, replace it, or lose it; the limit still holds', () => {
    let current = journal({ incidents: [incident('a', '2027-03-01'), incident('b', '2027-03-02', { photo: PHOTO })] });
    const attached = attachPhoto(current, 'a', { ...PHOTO, source: 'file' });
    expect(attached.photo).toBe('attached');
    current = attached.journal;
    expect(current.incidents[0]?.photo?.source).toBe('file');
    expect(attachPhoto(current, 'missing', PHOTO).photo).toBe('failed');
    current = removePhoto(current, 'a');
    expect(current.incidents[0]?.photo).toBeUndefined();
    expect(current.incidents[1]?.photo).toBeDefined();

    const full = journal({ incidents: Array.from({ length: MAX_PHOTOS + 1 }, (_, index) => incident(`i${index}`, '2027-03-01', index < MAX_PHOTOS ? { photo: PHOTO } : {})) });
    expect(attachPhoto(full, `i${MAX_PHOTOS}`, PHOTO).photo).toBe('limit-reached');
    expect(attachPhoto(full, 'i0', PHOTO).photo).toBe('attached'); // a replacement
  });

  it('are edited and removed by id, and re-sorted when their time changes', () => {
    let current = journal({ incidents: [incident('a', '2027-03-01'), incident('b', '2027-03-02')] });
    current = updateIncident(current, 'a', { at: '2027-03-03T10:00', action: 'envoyer le formulaire', excluded: true });
    expect(current.incidents.map((item) => item.id)).toEqual(['b', 'a']);
    expect(current.incidents[1]).toMatchObject({ action: 'envoyer le formulaire', excluded: true });
    expect(removeIncident(current, 'b').incidents.map((item) => item.id)).toEqual(['a']);
  });
});

describe('contacts', () => {
  it('are kept in time order (a time orders contacts of the same day), edited and removed', () => {
    let current = emptyJournal();
    current = addContact(current, contact('pan', 'pan', '2027-03-20'));
    current = addContact(current, contact('late', 'ccc-phone', '2027-03-13', { time: '16:00' }));
    current = addContact(current, contact('early', 'ccc-form', '2027-03-13', { time: '09:30' }));
    expect(current.contacts.map((item) => item.id)).toEqual(['early', 'late', 'pan']);
    current = updateContact(current, 'pan', { on: '2027-03-01', reference: 'RDV-1' });
    expect(sortedContacts(current).map((item) => item.id)).toEqual(['pan', 'early', 'late']);
    expect(current.contacts[0]?.reference).toBe('RDV-1');
    expect(removeContact(current, 'late').contacts).toHaveLength(2);
  });
});

describe('letter options', () => {
  it('are changed by patch and keep the rest', () => {
    const current = setLetterOptions(emptyJournal(), { procedure: 'renouvellement', requestedDelayDays: 10 });
    expect(current.letter).toMatchObject({ procedure: 'renouvellement', requestedDelayDays: 10, place: '', risks: [] });
  });
});

describe('stored values', () => {
  it('an empty profile has an empty journal and an empty person', () => {
    expect(emptyProfile().journal).toEqual(emptyJournal());
    expect(emptyProfile().person.fullName).toBe('');
  });

  it('read older or partial values with defaults', () => {
    const parsed = v.parse(JournalSchema, { incidents: [{ id: 'a', at: '2027-03-01T10:00:00+01:00' }], contacts: [] });
    expect(parsed.incidents[0]).toMatchObject({ kind: 'other', pageName: '', excluded: false });
    expect(parsed.letter.requestedDelayDays).toBe(15);
  });

  it('refuse what cannot be right: bad dates, foreign images, too many photos, odd ids', () => {
    const bad = (value: unknown) => expect(v.safeParse(JournalSchema, value).success).toBe(false);
    bad({ incidents: [{ id: 'a', at: 'yesterday' }], contacts: [] });
    bad({ incidents: [{ id: 'a', at: '2027-03-01', photo: { ...PHOTO, dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' } }], contacts: [] });
    bad({ incidents: [{ id: 'a', at: '2027-03-01', photo: { ...PHOTO, dataUrl: 'https://example.org/x.jpg' } }], contacts: [] });
    bad({ incidents: [{ id: '../x', at: '2027-03-01' }], contacts: [] });
    bad({ incidents: [], contacts: [{ id: 'c', channel: 'fax', on: '2027-03-01' }] });
    bad({ incidents: [], contacts: [{ id: 'c', channel: 'pan', on: '2027-03-01', time: '25:00' }] });
    bad({ incidents: Array.from({ length: MAX_PHOTOS + 1 }, (_, index) => ({ id: `i${index}`, at: '2027-03-01', photo: PHOTO })), contacts: [] });
    expect(v.safeParse(PersonSchema, { birthDate: '31/12/1990' }).success).toBe(false);
    expect(v.safeParse(PersonSchema, { departmentCode: '2C' }).success).toBe(false);
    expect(v.safeParse(PersonSchema, { departmentCode: '2A', fullName: 'A' }).success).toBe(true);
  });

  it('an unreadable journal is reported and emptied, the person section is kept', () => {
    const { profile, invalid } = readProfile({ journal: { incidents: 'oops' }, person: { fullName: 'Amina' } });
    expect(invalid).toEqual(['journal']);
    expect(profile.journal).toEqual(emptyJournal());
    expect(profile.person.fullName).toBe('Amina');
  });
});
