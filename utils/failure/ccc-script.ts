/**
 * What to say to the Centre de contact citoyen (CCC), in French, from the journal: a short text
 * the person can read out on the phone or paste into the ANEF contact form. It asks for what the
 * CCC can do (facts/legal.md §1: help file the request, identify anomalies and forward them to
 * the DGEF) and for a reference and a written confirmation, which later serve as proof. Pure.
 */
import { frenchMoment, parseMoment } from '../letter/moments.ts';
import { formatFrenchDate } from '../dates/format.ts';
import { isCccContact, sortedContacts, sortedIncidents, type Journal } from './journal.ts';
import type { Person } from './person.ts';

/** How many recent incidents the script details (the rest are counted). */
export const SCRIPT_INCIDENTS = 3;

function line(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

export function buildCccScript(input: {
  person: Pick<Person, 'fullName' | 'foreignerNumber' | 'anefRequestNumber'>;
  procedure: string;
  journal: Pick<Journal, 'incidents' | 'contacts'>;
}): string {
  const { person, journal } = input;
  const incidents = sortedIncidents(journal).filter((incident) => !incident.excluded);
  const previous = sortedContacts(journal).filter((contact) => isCccContact(contact) && !contact.excluded);
  const procedure = line(input.procedure);
  const out: string[] = ['Bonjour,'];

  if (line(person.fullName)) out.push(`Je m'appelle ${line(person.fullName)}.`);
  out.push(procedure
    ? `Je n'arrive pas à faire ma démarche sur le site ANEF : ${procedure}.`
    : 'Je n\'arrive pas à faire ma démarche sur le site ANEF.');
  if (line(person.foreignerNumber)) out.push(`Mon numéro étranger est le ${line(person.foreignerNumber)}.`);
  if (line(person.anefRequestNumber)) out.push(`Mon numéro de demande ANEF est le ${line(person.anefRequestNumber)}.`);

  if (incidents.length > 0) {
    const shown = incidents.slice(-SCRIPT_INCIDENTS);
    if (incidents.length > shown.length) {
      const first = parseMoment(incidents[0]!.at)!.date;
      out.push(`J'ai essayé ${incidents.length} fois depuis le ${formatFrenchDate(first)}. Les dernières fois :`);
    } else {
      out.push('Voici ce qui s\'est passé :');
    }
    for (const incident of shown) {
      const when = frenchMoment(parseMoment(incident.at)!);
      const page = line(incident.pageName);
      const where = page ? `, sur la page « ${page} »` : '';
      const error = line(incident.errorText);
      out.push(error
        ? `- ${when}${where}, le site a affiché : « ${error} »`
        : `- ${when}${where}, le site n'a pas marché.`);
    }
  }

  for (const contact of previous) {
    const reference = line(contact.reference);
    out.push(`J'ai déjà contacté le Centre de contact citoyen le ${formatFrenchDate(contact.on)}${reference ? ` (référence ${reference})` : ''}.`);
  }

  out.push(
    'Pouvez-vous m\'aider à déposer ma demande ?',
    'Si le problème ne peut pas être réglé, pouvez-vous transmettre l\'anomalie à la Direction générale des étrangers en France (DGEF) et me donner un numéro de référence ?',
    'Pouvez-vous aussi me confirmer notre échange par courriel ?',
    'Merci.',
  );
  return out.join('\n');
}
