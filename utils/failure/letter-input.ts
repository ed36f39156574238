/**
 * From the person's data to the letter's input (utils/letter/substitution-letter.ts): identity
 * and préfecture from the `person` section, facts and choices from the `journal` section, the
 * current title's expiry from the person's documents when that feature provides it, else as
 * typed. Items the person left out of the letter are not passed. Pure.
 */
import type { LetterInput } from '../letter/substitution-letter.ts';
import type { ProfileData } from '../profile/profile.ts';
import { sortedContacts, sortedIncidents, type Journal } from './journal.ts';
import type { Person } from './person.ts';

/**
 * The current residence permit's expiry as the documents tracker knows it (YYYY-MM-DD): of the
 * titres de séjour and VLS-TS the person recorded, the one that expires last. Every screen and the
 * letter take it from this one function; the person can still type another date in the letter form.
 */
export function expiryFromTracker(profile: ProfileData): string | undefined {
  const expiries = profile.documents.items
    .filter((doc) => doc.kind === 'titre-sejour' || doc.kind === 'vls-ts')
    .map((doc) => doc.expiry)
    .filter((expiry): expiry is string => Boolean(expiry))
    .sort();
  return expiries.at(-1);
}

/** The expiry the letter uses: typed by the person, else from the tracker. */
export function letterExpiry(journal: Pick<Journal, 'letter'>, trackerExpiry: string | undefined): string | undefined {
  return journal.letter.currentTitleExpiry || trackerExpiry || undefined;
}

/** "Étape 3 sur 6 — Ressources (/usagers/#/sejour/demande-tse/etudiant)". */
export function incidentPage(incident: { pageName: string; route: string }): string | undefined {
  const name = incident.pageName.trim();
  const route = incident.route.trim();
  if (name && route) return `${name} (${route})`;
  return name || route || undefined;
}

const opt = (value: string) => (value.trim() ? value : undefined);

export interface MappedLetterInput {
  input: LetterInput;
  /** Journal ids of `input.incidents`, index for index (to find their photos). */
  incidentIds: string[];
}

export function letterInputFromProfile(
  data: { person: Person; journal: Journal; trackerExpiry?: string },
  today: string,
): MappedLetterInput {
  const { person, journal } = data;
  const options = journal.letter;
  const incidents = sortedIncidents(journal).filter((incident) => !incident.excluded);
  const contacts = sortedContacts(journal).filter((contact) => !contact.excluded);
  const expiry = letterExpiry(journal, data.trackerExpiry);
  const input: LetterInput = {
    today: options.date || today,
    person: {
      fullName: person.fullName,
      address: person.address,
      ...(opt(person.birthDate) ? { birthDate: person.birthDate } : {}),
      ...(opt(person.nationality) ? { nationality: person.nationality } : {}),
      ...(opt(person.foreignerNumber) ? { foreignerNumber: person.foreignerNumber } : {}),
      ...(opt(person.anefRequestNumber) ? { anefRequestNumber: person.anefRequestNumber } : {}),
      ...(opt(person.phone) ? { phone: person.phone } : {}),
      ...(opt(person.email) ? { email: person.email } : {}),
    },
    prefecture: {
      departmentCode: person.departmentCode,
      ...(opt(options.recipientName) ? { name: options.recipientName } : {}),
      ...(opt(person.prefectureAddress) ? { address: person.prefectureAddress } : {}),
    },
    procedure: options.procedure,
    ...(expiry ? { currentTitleExpiry: expiry } : {}),
    incidents: incidents.map((incident) => {
      const page = incidentPage(incident);
      return {
        at: incident.at,
        kind: incident.kind,
        ...(page ? { page } : {}),
        ...(opt(incident.errorText) ? { errorText: incident.errorText } : {}),
        ...(opt(incident.action) ? { action: incident.action } : {}),
        ...(incident.photo ? { screenshot: true } : {}),
      };
    }),
    contacts: contacts.map((contact) => ({
      channel: contact.channel,
      on: contact.time ? `${contact.on}T${contact.time}` : contact.on,
      ...(opt(contact.reference) ? { reference: contact.reference } : {}),
      ...(opt(contact.outcome) ? { outcome: contact.outcome } : {}),
      ...(contact.channel === 'pan' && contact.step ? { step: contact.step } : {}),
      ...(contact.channel === 'other' && opt(contact.what) ? { what: contact.what } : {}),
      ...(contact.proof ? { proof: true } : {}),
    })),
    ...(opt(options.place) ? { place: options.place } : {}),
    requestedDelayDays: options.requestedDelayDays,
    ...(options.risks.length ? { risks: options.risks } : {}),
    ...(opt(options.otherRisk) ? { otherRisk: options.otherRisk } : {}),
    ...(opt(options.extraAnnexes) ? { extraAnnexes: options.extraAnnexes.split('\n').filter((entry) => entry.trim()) } : {}),
  };
  return { input, incidentIds: incidents.map((incident) => incident.id) };
}
