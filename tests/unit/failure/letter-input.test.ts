/** From the profile to the letter input: nothing invented, left-out items dropped, expiry source. */
import { describe, expect, it } from 'vitest';
import { setLetterOptions } from '../../../utils/failure/journal.ts';
import { expiryFromTracker, incidentPage, letterInputFromProfile } from '../../../utils/failure/letter-input.ts';
import { emptyProfile } from '../../../utils/profile/profile.ts';
import { buildSubstitutionLetter } from '../../../utils/letter/substitution-letter.ts';
import { contact, incident, journal, person, PHOTO } from './fixtures.ts';

describe('letterInputFromProfile', () => {
  const data = {
    person: person({ fullName: 'Amina BENALI', address: '12 rue des Lilas\n80000 Amiens', departmentCode: '80', phone: '06 00 00 00 00' }),
    journal: setLetterOptions(journal({
      incidents: [
        incident('late', '2027-03-12T21:40:00+01:00', { photo: PHOTO, pageName: 'Étape 4 sur 6', route: '/usagers/#/sejour/demande-tse/etudiant' }),
        incident('early', '2027-03-05T14:05:00+01:00', { errorText: 'Erreur' }),
        incident('hidden', '2027-03-06', { excluded: true }),
      ],
      contacts: [
        contact('pan', 'pan', '2027-03-20', { step: 'visit', what: 'ignored for the PAN', proof: true }),
        contact('ccc', 'ccc-phone', '2027-03-13', { time: '10:30', reference: 'CCC-1' }),
      ],
    }), { procedure: 'renouvellement de titre de séjour étudiant', place: 'Amiens', risks: ['caf'] }),
  };

  it('passes only what the person gave, in time order, and keeps the incident ids for the photos', () => {
    const { input, incidentIds } = letterInputFromProfile(data, '2027-03-30');
    expect(incidentIds).toEqual(['early', 'late']);
    expect(input).toEqual({
      today: '2027-03-30',
      person: { fullName: 'Amina BENALI', address: '12 rue des Lilas\n80000 Amiens', phone: '06 00 00 00 00' },
      prefecture: { departmentCode: '80' },
      procedure: 'renouvellement de titre de séjour étudiant',
      incidents: [
        { at: '2027-03-05T14:05:00+01:00', kind: 'error', errorText: 'Erreur' },
        { at: '2027-03-12T21:40:00+01:00', kind: 'error', page: 'Étape 4 sur 6 (/usagers/#/sejour/demande-tse/etudiant)', screenshot: true },
      ],
      contacts: [
        { channel: 'ccc-phone', on: '2027-03-13T10:30', reference: 'CCC-1' },
        { channel: 'pan', on: '2027-03-20', step: 'visit', proof: true },
      ],
      place: 'Amiens',
      requestedDelayDays: 15,
      risks: ['caf'],
    });
    expect(buildSubstitutionLetter(input).ok).toBe(true);
  });

  it('takes the typed expiry first, else the tracker\'s, and the letter date when one was set', () => {
    expect(letterInputFromProfile({ ...data, trackerExpiry: '2027-06-30' }, '2027-03-30').input.currentTitleExpiry).toBe('2027-06-30');
    const typed = setLetterOptions(data.journal, { currentTitleExpiry: '2027-07-01', date: '2027-03-31' });
    const { input } = letterInputFromProfile({ ...data, journal: typed, trackerExpiry: '2027-06-30' }, '2027-03-30');
    expect(input.currentTitleExpiry).toBe('2027-07-01');
    expect(input.today).toBe('2027-03-31');
  });

  it('takes the current title\'s expiry from the documents tracker: the title that expires last', () => {
    expect(expiryFromTracker(emptyProfile())).toBeUndefined();
    const profile = {
      ...emptyProfile(),
      documents: {
        items: [
          { id: 'a', kind: 'titre-sejour' as const, expiry: '2026-02-20', onAnef: true },
          { id: 'b', kind: 'titre-sejour' as const, expiry: '2027-02-20', onAnef: true },
          { id: 'c', kind: 'passport' as const, expiry: '2030-01-01' },
          { id: 'd', kind: 'api' as const, expiry: '2027-05-01' },
        ],
      },
    };
    expect(expiryFromTracker(profile)).toBe('2027-02-20');
  });

  it('writes a page as name and route, either alone, or nothing', () => {
    expect(incidentPage({ pageName: 'Accueil', route: '/usagers/#/' })).toBe('Accueil (/usagers/#/)');
    expect(incidentPage({ pageName: '', route: '/usagers/#/' })).toBe('/usagers/#/');
    expect(incidentPage({ pageName: ' ', route: '' })).toBeUndefined();
  });
});
