/**
 * buildSubstitutionLetter (design/contracts.md): complete, minimal and missing-field inputs; every
 * incident and contact present and in chronological order; dates JJ/MM/AAAA; references kept;
 * nothing invented; the legal grounds of facts/legal.md §3.5 and legal-update.md §1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attemptsSpreadOverAWeek,
  buildSubstitutionLetter,
  checkLetterInput,
  type LetterInput,
  type LetterModel,
} from '../../../utils/letter/substitution-letter.ts';

const COMPLETE: LetterInput = {
  today: '2027-03-30',
  person: {
    fullName: 'Amina BENALI',
    birthDate: '1998-07-04',
    nationality: 'algérienne',
    address: '12 rue des Lilas\n80000 Amiens',
    foreignerNumber: '7512345678',
    anefRequestNumber: 'ANEF-2027-000123',
    phone: '06 00 00 00 00',
    email: 'amina@example.org',
  },
  prefecture: { departmentCode: '80', address: '51 rue de la République\n80020 Amiens Cedex 9' },
  procedure: 'renouvellement de titre de séjour étudiant',
  currentTitleExpiry: '2027-06-30',
  place: 'Amiens',
  requestedDelayDays: 10,
  risks: ['job', 'caf'],
  // Deliberately out of order: the letter sorts them.
  incidents: [
    { at: '2027-03-20T09:15:00+01:00', page: 'Étape 3 sur 6 — Ressources (/usagers/#/sejour/demande-tse/etudiant)', errorText: 'Une erreur technique est survenue. Veuillez réessayer ultérieurement.', screenshot: true, action: 'envoyer mes justificatifs' },
    { at: '2027-03-05T14:05:00+01:00', page: 'Accueil (/usagers/#/)', kind: 'maintenance' },
    { at: '2027-03-12T21:40:00+01:00', errorText: 'Le fichier n\'a pas pu être téléversé.', screenshot: true },
  ],
  contacts: [
    { channel: 'pan', on: '2027-03-25', step: 'request', reference: 'RDV-PAN-77', outcome: 'aucun créneau avant mai', proof: true },
    { channel: 'ccc-phone', on: '2027-03-13T10:00', reference: 'CCC-445566', outcome: 'anomalie transmise, réessayer plus tard' },
    { channel: 'ccc-form', on: '2027-03-21', reference: 'TICKET-9', proof: true },
  ],
};

const MINIMAL: LetterInput = {
  today: '2027-03-30',
  person: { fullName: 'Karim DIALLO', address: '3 place du Marché, 01000 Bourg-en-Bresse' },
  prefecture: { departmentCode: '01' },
  procedure: 'première demande de titre de séjour',
  incidents: [{ at: '2027-03-02T08:00:00+01:00' }],
  contacts: [],
};

function build(input: LetterInput): LetterModel {
  const result = buildSubstitutionLetter(input);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Positions of each needle in the text, failing when one is absent. */
function positions(text: string, needles: string[]): number[] {
  return needles.map((needle) => {
    const at = text.indexOf(needle);
    expect(at, needle).toBeGreaterThanOrEqual(0);
    return at;
  });
}

describe('buildSubstitutionLetter — complete input', () => {
  const letter = build(COMPLETE);

  it('is in the printing order: sender, recipient, place and date, sending mode, subject, body, requests, signature, annexes', () => {
    const order = positions(letter.text, [
      'Amina BENALI',
      'Préfecture de la Somme',
      'Service des étrangers',
      'Amiens, le 30/03/2027',
      'Lettre recommandée avec accusé de réception',
      'Objet : Demande de solution de substitution (article R. 431-2 du CESEDA)',
      'Madame la Préfète, Monsieur le Préfet,',
      'En conséquence, je vous demande :',
      'Signature :',
      'Annexes :',
    ]);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('has every incident and contact, in chronological order, with JJ/MM/AAAA dates', () => {
    const order = positions(letter.text, [
      'Le 05/03/2027 à 14 h 05 : tentative sur le téléservice ANEF, page « Accueil (/usagers/#/) ».',
      'Le 12/03/2027 à 21 h 40 : tentative sur le téléservice ANEF.',
      'Le 13/03/2027 à 10 h 00 : appel au Centre de contact citoyen (CCC).',
      'Le 20/03/2027 à 09 h 15 : tentative sur le téléservice ANEF, page « Étape 3 sur 6 — Ressources (/usagers/#/sejour/demande-tse/etudiant) ».',
      'Le 21/03/2027 : message au Centre de contact citoyen (CCC) par le formulaire de contact du site ANEF.',
      'Le 25/03/2027 : demande de rendez-vous au point d\'accueil numérique (PAN) de la préfecture.',
    ]);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // No ISO date leaks into the letter.
    expect(letter.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('keeps the error texts, the actions, the references and the answers as given', () => {
    for (const text of [
      'Message affiché : « Une erreur technique est survenue. Veuillez réessayer ultérieurement. » Capture',
      'Message affiché : « Le fichier n\'a pas pu être téléversé. » Capture',
      'Le site affichait une page de maintenance.',
      'Ce que je faisais : envoyer mes justificatifs.',
      'Référence : CCC-445566.',
      'Réponse obtenue : anomalie transmise, réessayer plus tard.',
      'Référence : TICKET-9.',
      'Référence : RDV-PAN-77.',
      'Réponse obtenue : aucun créneau avant mai.',
    ]) expect(letter.text).toContain(text);
  });

  it('has the whole sender block and the typed préfecture address', () => {
    for (const text of [
      'Né(e) le 04/07/1998', 'Nationalité : algérienne', 'Numéro étranger : 7512345678',
      'Numéro de demande ANEF : ANEF-2027-000123', '12 rue des Lilas\n80000 Amiens', 'Téléphone : 06 00 00 00 00',
      'Courriel : amina@example.org', '51 rue de la République\n80020 Amiens Cedex 9',
    ]) expect(letter.text).toContain(text);
  });

  it('cites the legal grounds, and R. 431-5 / R. 431-15-1 because a title expiry is known', () => {
    for (const text of [
      'article R. 431-2, alinéa 3, du CESEDA',
      'arrêté du 1er août 2023',
      'CE, Section, 3 juin 2022, n° 452798',
      'L\'article R. 431-5 du CESEDA',
      'du 02/03/2027 au 01/05/2027',
      'Ma première tentative, le 05/03/2027, a eu lieu dans ce délai.',
      'article R. 431-15-1 du CESEDA',
      'article L. 521-3 du code de justice administrative',
    ]) expect(letter.text).toContain(text);
  });

  it('asks to be invited to the substitution solution, to register within the stated short time, for the API and a written answer', () => {
    expect(letter.text).toContain('m\'inviter à bénéficier de la solution de substitution');
    expect(letter.text).toContain('d\'enregistrer ma demande par un autre moyen (rendez-vous au guichet ou dépôt par courrier) dans un délai de 10 jours');
    expect(letter.text).toContain('L\'arrêté du 1er août 2023 ne fixe pas de délai : je vous demande un délai court, car mon titre de séjour expire le 30/06/2027');
    expect(letter.text).toContain('de me répondre par écrit.');
    expect(letter.text).toContain('le Centre de contact citoyen et le point d\'accueil numérique de la préfecture');
    expect(letter.text).toContain('Cette situation met en danger mon emploi et mes droits auprès de la CAF.');
  });

  it('numbers the annexes: screenshots and written traces in the order of the facts, then the documents', () => {
    expect(letter.annexes).toEqual([
      'Capture d\'écran du téléservice ANEF du 12/03/2027 à 21 h 40',
      'Capture d\'écran du téléservice ANEF du 20/03/2027 à 09 h 15',
      'Courriel ou message du Centre de contact citoyen (démarche du 21/03/2027)',
      'Document du point d\'accueil numérique (démarche du 25/03/2027)',
      'Copie de mon passeport',
      'Copie de mon titre de séjour actuel',
      'Justificatif de domicile',
    ]);
    expect(letter.text).toContain('Annexes :\n1. Capture d\'écran du téléservice ANEF du 12/03/2027 à 21 h 40\n2. ');
    expect(letter.text).toContain('Capture d\'écran : annexe 2.');
    expect(letter.text).toContain('Trace écrite : annexe 4.');
    expect(letter.photoAnnexes).toEqual([
      { annex: 1, incident: 2, caption: letter.annexes[0] },
      { annex: 2, incident: 0, caption: letter.annexes[1] },
    ]);
  });

  it('has no warning when CCC, PAN, address and spread-out attempts are there', () => {
    expect(letter.warnings).toEqual([]);
  });

  it('gives the same text as its blocks, and a subject without "Objet"', () => {
    expect(letter.subject.startsWith('Demande de solution de substitution')).toBe(true);
    expect(letter.text).toContain(`Objet : ${letter.subject}`);
  });
});

describe('buildSubstitutionLetter — minimal input', () => {
  const letter = build(MINIMAL);

  it('writes only what it was given: no empty label, no placeholder, no invented value', () => {
    for (const absent of ['Né(e)', 'Nationalité', 'Numéro étranger', 'Numéro de demande ANEF', 'Téléphone', 'Courriel :',
      'undefined', 'null', 'NaN', 'R. 431-5', 'R. 431-15-1', 'titre de séjour actuel', 'met en danger', '[', '…', 'XX']) {
      expect(letter.text, absent).not.toContain(absent);
    }
    expect(letter.text).toContain('Préfecture de l\'Ain');
    expect(letter.text.startsWith('Karim DIALLO\n3 place du Marché, 01000 Bourg-en-Bresse\n\nPréfecture de l\'Ain')).toBe(true);
    expect(letter.text).toContain('\nLe 30/03/2027\n');
    expect(letter.text).toContain('Le 02/03/2027 à 08 h 00 : tentative sur le téléservice ANEF. La démarche n\'a pas pu aboutir.');
    expect(letter.text).toContain('dans un délai de 15 jours');
    expect(letter.text).toContain('de me remettre le document prévu pendant son instruction');
    expect(letter.annexes).toEqual(['Copie de mon passeport', 'Justificatif de domicile']);
  });

  it('does not claim steps that were not taken, and warns about them', () => {
    expect(letter.text).not.toContain('Centre de contact citoyen');
    expect(letter.text).not.toContain('point d\'accueil numérique');
    expect(letter.warnings).toEqual(['no-ccc', 'no-pan', 'no-prefecture-address', 'attempts-same-week']);
  });

  it('mentions only the help actually used', () => {
    const withCcc = build({ ...MINIMAL, contacts: [{ channel: 'ccc-phone', on: '2027-03-03' }] });
    expect(withCcc.text).toContain('J\'ai fait appel au Centre de contact citoyen, sans pouvoir déposer ma demande.');
    expect(withCcc.text).not.toContain('point d\'accueil numérique');
    expect(withCcc.warnings).toContain('no-pan');
    expect(withCcc.warnings).not.toContain('no-ccc');
  });
});

describe('buildSubstitutionLetter — missing or invalid fields', () => {
  it('names every missing required field, in French', () => {
    const result = buildSubstitutionLetter({
      ...MINIMAL,
      today: '',
      person: { fullName: '  ', address: '' },
      prefecture: { departmentCode: '' },
      procedure: '',
      incidents: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const name of ['date de la lettre', 'nom et prénom', 'adresse postale', 'département de la préfecture', 'démarche', 'au moins un problème noté sur ANEF']) {
      expect(result.error).toContain(name);
    }
  });

  it('refuses impossible dates and unknown départements instead of printing them', () => {
    const problems = checkLetterInput({
      ...MINIMAL,
      today: '2027-02-30',
      person: { ...MINIMAL.person, birthDate: '31/12/1990' },
      prefecture: { departmentCode: '20' },
      currentTitleExpiry: 'bientôt',
      incidents: [{ at: 'hier' }, { at: '2027-03-02T25:00' }],
      contacts: [{ channel: 'pigeon' as never, on: '2027-13-01' }],
      requestedDelayDays: 0,
    });
    expect(problems).toEqual([
      { field: 'today', problem: 'invalid' },
      { field: 'person.birthDate', problem: 'invalid' },
      { field: 'prefecture.departmentCode', problem: 'invalid' },
      { field: 'currentTitleExpiry', problem: 'invalid' },
      { field: 'incident.at', problem: 'invalid', index: 0 },
      { field: 'incident.at', problem: 'invalid', index: 1 },
      { field: 'contact.on', problem: 'invalid', index: 0 },
      { field: 'contact.channel', problem: 'invalid', index: 0 },
      { field: 'requestedDelayDays', problem: 'invalid' },
    ]);
  });

  it('accepts a recipient typed by the person when the département is not in the list', () => {
    const letter = build({ ...MINIMAL, prefecture: { departmentCode: '75', name: 'Préfecture de police' } });
    expect(letter.text).toContain('Préfecture de police\nService des étrangers');
    expect(letter.text).not.toContain('Préfecture de Paris');
  });

  it('never throws, whatever it is given', () => {
    const text = fc.string({ maxLength: 30 });
    fc.assert(fc.property(
      fc.record({
        today: text,
        person: fc.record({ fullName: text, address: text, birthDate: fc.option(text, { nil: undefined }) }),
        prefecture: fc.record({ departmentCode: text, name: fc.option(text, { nil: undefined }), address: fc.option(text, { nil: undefined }) }),
        procedure: text,
        currentTitleExpiry: fc.option(text, { nil: undefined }),
        incidents: fc.array(fc.record({ at: text, page: fc.option(text, { nil: undefined }), screenshot: fc.boolean() }), { maxLength: 3 }),
        contacts: fc.array(fc.record({ channel: fc.constantFrom('ccc-phone', 'ccc-form', 'pan', 'prefecture-email', 'other'), on: text }), { maxLength: 3 }),
      }),
      (input) => {
        const result = buildSubstitutionLetter(input as LetterInput);
        if (result.ok) expect(result.value.text).not.toContain('undefined');
      },
    ));
  });
});

describe('attempts spread over more than one week (CE 10 juin 2020 n° 435594)', () => {
  it('needs at least two attempts seven days apart', () => {
    expect(attemptsSpreadOverAWeek([])).toBe(false);
    expect(attemptsSpreadOverAWeek(['2027-03-01'])).toBe(false);
    expect(attemptsSpreadOverAWeek(['2027-03-01', '2027-03-05'])).toBe(false);
    expect(attemptsSpreadOverAWeek(['2027-03-08', '2027-03-01'])).toBe(true);
  });
});
