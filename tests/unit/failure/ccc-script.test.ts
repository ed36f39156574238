/** The French script for the Centre de contact citoyen, generated from the journal. */
import { describe, expect, it } from 'vitest';
import { buildCccScript } from '../../../utils/failure/ccc-script.ts';
import { contact, incident, journal, person } from './fixtures.ts';

describe('buildCccScript', () => {
  it('says who, what procedure, which numbers, what happened and when, and asks for a reference in writing', () => {
    const script = buildCccScript({
      person: person({ fullName: 'Amina BENALI', foreignerNumber: '7512345678', anefRequestNumber: 'ANEF-1' }),
      procedure: 'renouvellement de titre de séjour étudiant',
      journal: journal({
        incidents: [
          incident('b', '2027-03-12T21:40:00+01:00', { errorText: 'Le fichier n\'a pas pu être téléversé.' }),
          incident('a', '2027-03-05T14:05:00+01:00', { pageName: 'Étape 3 sur 6 — Ressources', errorText: 'Une erreur technique est survenue.' }),
        ],
        contacts: [contact('c', 'ccc-phone', '2027-03-06', { reference: 'CCC-1' }), contact('p', 'pan', '2027-03-07')],
      }),
    });
    expect(script).toBe([
      'Bonjour,',
      'Je m\'appelle Amina BENALI.',
      'Je n\'arrive pas à faire ma démarche sur le site ANEF : renouvellement de titre de séjour étudiant.',
      'Mon numéro étranger est le 7512345678.',
      'Mon numéro de demande ANEF est le ANEF-1.',
      'Voici ce qui s\'est passé :',
      '- le 05/03/2027 à 14 h 05, sur la page « Étape 3 sur 6 — Ressources », le site a affiché : « Une erreur technique est survenue. »',
      '- le 12/03/2027 à 21 h 40, le site a affiché : « Le fichier n\'a pas pu être téléversé. »',
      'J\'ai déjà contacté le Centre de contact citoyen le 06/03/2027 (référence CCC-1).',
      'Pouvez-vous m\'aider à déposer ma demande ?',
      'Si le problème ne peut pas être réglé, pouvez-vous transmettre l\'anomalie à la Direction générale des étrangers en France (DGEF) et me donner un numéro de référence ?',
      'Pouvez-vous aussi me confirmer notre échange par courriel ?',
      'Merci.',
    ].join('\n'));
  });

  it('with an empty journal and no identity, still gives a usable text without blanks', () => {
    const script = buildCccScript({ person: person(), procedure: '', journal: journal() });
    expect(script.split('\n')).toEqual([
      'Bonjour,',
      'Je n\'arrive pas à faire ma démarche sur le site ANEF.',
      'Pouvez-vous m\'aider à déposer ma demande ?',
      expect.stringContaining('transmettre l\'anomalie'),
      'Pouvez-vous aussi me confirmer notre échange par courriel ?',
      'Merci.',
    ]);
    expect(script).not.toMatch(/undefined|null|«\s*»/);
  });

  it('details the last three attempts, counts the others, and skips what the person left out', () => {
    const incidents = ['01', '03', '08', '10', '15'].map((day) => incident(`i${day}`, `2027-03-${day}T10:00:00+01:00`));
    incidents.push(incident('hidden', '2027-03-20T10:00:00+01:00', { excluded: true }));
    const script = buildCccScript({ person: person(), procedure: 'x', journal: journal({ incidents }) });
    expect(script).toContain('J\'ai essayé 5 fois depuis le 01/03/2027. Les dernières fois :');
    expect(script).toContain('- le 08/03/2027 à 10 h 00, le site n\'a pas marché.');
    expect(script).toContain('- le 15/03/2027 à 10 h 00');
    expect(script).not.toContain('03/03/2027');
    expect(script).not.toContain('20/03/2027');
  });
});
