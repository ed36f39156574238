/**
 * The incident journal: what went wrong on ANEF and when (incidents), whom the person asked for
 * help (contacts: CCC, PAN, préfecture…), and the choices made for the letter. It is the evidence
 * base of the substitution letter, kept per person in the `journal` profile section.
 *
 * Everything here is pure: reducers take a journal and return a new one; ids and times come from
 * the caller. Photos (screenshots) are small JPEG data URLs; at most MAX_PHOTOS are kept so the
 * journal stays small enough to move between contexts and to fit in a backup file.
 */
import * as v from 'valibot';
import { dateParts } from '../dates/format.ts';
import { parseMoment, momentKey } from '../letter/moments.ts';
import type { ContactChannel, LetterRisk } from '../letter/substitution-letter.ts';
import { defineSection } from '../profile/section.ts';

/** How many screenshots the journal keeps (the person deletes one to add another). */
export const MAX_PHOTOS = 8;
/** Longest accepted photo, in characters of its data URL (~300 kB of JPEG). */
export const MAX_PHOTO_CHARS = 400_000;
export const MAX_INCIDENTS = 200;
export const MAX_CONTACTS = 200;

const text = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)), '');
const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));
/** '' or a valid civil date. */
const OptionalDate = v.optional(v.pipe(v.string(), v.check((value) => value === '' || dateParts(value) !== undefined)), '');
const Moment = v.pipe(v.string(), v.check((value) => parseMoment(value) !== undefined));

export const PhotoSchema = v.object({
  dataUrl: v.pipe(v.string(), v.maxLength(MAX_PHOTO_CHARS), v.regex(/^data:image\/jpeg;base64,[A-Za-z0-9+/]+={0,2}$/)),
  width: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4096)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4096)),
  /** Taken by Repère from the tab, or chosen by the person from a file. */
  source: v.picklist(['capture', 'file']),
});
export type Photo = v.InferOutput<typeof PhotoSchema>;

export const INCIDENT_KINDS = ['error', 'maintenance', 'session-expired', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const IncidentSchema = v.object({
  id: Id,
  /** Local date-time with offset, as recorded ("2027-03-12T14:05:00+01:00"), or a civil date. */
  at: Moment,
  kind: v.optional(v.picklist(INCIDENT_KINDS), 'other'),
  /** "/usagers/#/sejour/demande-tse/etudiant" (no query string, no personal data). */
  route: text(300),
  /** The page in ANEF's words: its title and form step. */
  pageName: text(300),
  errorText: text(2000),
  /** What the person was trying to do, in their words. */
  action: text(1000),
  photo: v.optional(PhotoSchema),
  /** Kept in the journal but left out of the letter. */
  excluded: v.optional(v.boolean(), false),
});
export type Incident = v.InferOutput<typeof IncidentSchema>;

export const CONTACT_CHANNELS: readonly ContactChannel[] = ['ccc-phone', 'ccc-form', 'pan', 'prefecture-email', 'other'];

export const ContactSchema = v.object({
  id: Id,
  channel: v.picklist(CONTACT_CHANNELS as ContactChannel[]),
  on: v.pipe(v.string(), v.check((value) => dateParts(value) !== undefined)),
  /** '' or "HH:MM". */
  time: v.optional(v.pipe(v.string(), v.regex(/^(|([01]\d|2[0-3]):[0-5]\d)$/)), ''),
  /** PAN only: an appointment request or a visit. */
  step: v.optional(v.picklist(['request', 'visit'])),
  /** 'other' only: what the step was. */
  what: text(300),
  reference: text(200),
  outcome: text(1000),
  /** The person has a written trace (e-mail, document) to attach. */
  proof: v.optional(v.boolean(), false),
  excluded: v.optional(v.boolean(), false),
});
export type Contact = v.InferOutput<typeof ContactSchema>;

export const LETTER_RISKS: readonly LetterRisk[] = ['job', 'caf', 'france-travail'];

export const LetterOptionsSchema = v.object({
  /** "renouvellement de titre de séjour étudiant" (French: it goes into the letter). */
  procedure: text(200),
  /** Town written before the date. */
  place: text(100),
  /** Date of the letter; '' = the day it is printed. */
  date: OptionalDate,
  /** Expiry typed by the person ('' = none, or the one from their documents). */
  currentTitleExpiry: OptionalDate,
  /** Recipient typed by the person instead of the préfecture name from the département. */
  recipientName: text(200),
  requestedDelayDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90)), 15),
  risks: v.optional(v.array(v.picklist(LETTER_RISKS as LetterRisk[])), []),
  otherRisk: text(300),
  /** More annexes, one per line. */
  extraAnnexes: text(1000),
  /** Day the letter was sent ('' = not yet). */
  sentOn: OptionalDate,
});
export type LetterOptions = v.InferOutput<typeof LetterOptionsSchema>;

export const JournalSchema = v.pipe(
  v.object({
    incidents: v.pipe(v.array(IncidentSchema), v.maxLength(MAX_INCIDENTS)),
    contacts: v.pipe(v.array(ContactSchema), v.maxLength(MAX_CONTACTS)),
    letter: v.optional(LetterOptionsSchema, () => emptyLetterOptions()),
  }),
  v.check((journal) => photoCount(journal) <= MAX_PHOTOS, 'too many photos'),
);
export type Journal = v.InferOutput<typeof JournalSchema>;

export function emptyLetterOptions(): LetterOptions {
  return v.parse(LetterOptionsSchema, {});
}

export function emptyJournal(): Journal {
  return { incidents: [], contacts: [], letter: emptyLetterOptions() };
}

export const journalSection = defineSection<Journal>('journal', JournalSchema, emptyJournal);

/** What the panel sends when the person records an incident (the background adds id and time). */
export const IncidentDraftSchema = v.object({
  kind: v.picklist(INCIDENT_KINDS),
  route: v.pipe(v.string(), v.maxLength(300)),
  pageName: v.pipe(v.string(), v.maxLength(300)),
  errorText: v.pipe(v.string(), v.maxLength(2000)),
  action: v.pipe(v.string(), v.maxLength(1000)),
  photo: v.boolean(),
});
export type IncidentDraft = v.InferOutput<typeof IncidentDraftSchema>;

/** What became of a requested photo. */
export type PhotoOutcome =
  | 'attached'
  | 'not-asked'
  /** The browser lets Repère photograph the tab only after a click on its toolbar icon. */
  | 'no-permission'
  | 'limit-reached'
  /** The ANEF tab was not the visible one. */
  | 'not-visible'
  | 'failed';

export function photoCount(journal: { incidents: readonly { photo?: unknown }[] }): number {
  return journal.incidents.filter((incident) => incident.photo).length;
}

const incidentKey = (incident: Incident) => momentKey(parseMoment(incident.at)!);
const contactKey = (contact: Contact) => momentKey(parseMoment(contact.time ? `${contact.on}T${contact.time}` : contact.on)!);

function byKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items
    .map((item, order) => ({ item, order, key: key(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order))
    .map(({ item }) => item);
}

/** Incidents, oldest first. */
export function sortedIncidents(journal: Pick<Journal, 'incidents'>): Incident[] {
  return byKey(journal.incidents, incidentKey);
}

/** Contacts, oldest first. */
export function sortedContacts(journal: Pick<Journal, 'contacts'>): Contact[] {
  return byKey(journal.contacts, contactKey);
}

/**
 * Adds an incident, in time order. A photo beyond the limit is dropped (the incident is kept)
 * and the outcome says so.
 */
export function addIncident(journal: Journal, incident: Incident): { journal: Journal; photo: PhotoOutcome } {
  let photo: PhotoOutcome = incident.photo ? 'attached' : 'not-asked';
  let added = incident;
  if (incident.photo && photoCount(journal) >= MAX_PHOTOS) {
    const { photo: _dropped, ...rest } = incident;
    added = rest;
    photo = 'limit-reached';
  }
  const incidents = sortedIncidents({ incidents: [...journal.incidents.filter((item) => item.id !== incident.id), added] });
  return { journal: { ...journal, incidents: incidents.slice(-MAX_INCIDENTS) }, photo };
}

/** Changes what the person may edit in an incident (never its id or photo). */
export function updateIncident(
  journal: Journal,
  id: string,
  patch: Partial<Pick<Incident, 'at' | 'kind' | 'route' | 'pageName' | 'errorText' | 'action' | 'excluded'>>,
): Journal {
  const incidents = journal.incidents.map((incident) => (incident.id === id ? { ...incident, ...patch } : incident));
  return { ...journal, incidents: sortedIncidents({ incidents }) };
}

export function removeIncident(journal: Journal, id: string): Journal {
  return { ...journal, incidents: journal.incidents.filter((incident) => incident.id !== id) };
}

/** Sets the photo of an incident; replacing a photo does not count against the limit. */
export function attachPhoto(journal: Journal, id: string, photo: Photo): { journal: Journal; photo: PhotoOutcome } {
  const target = journal.incidents.find((incident) => incident.id === id);
  if (!target) return { journal, photo: 'failed' };
  if (!target.photo && photoCount(journal) >= MAX_PHOTOS) return { journal, photo: 'limit-reached' };
  const incidents = journal.incidents.map((incident) => (incident.id === id ? { ...incident, photo } : incident));
  return { journal: { ...journal, incidents }, photo: 'attached' };
}

export function removePhoto(journal: Journal, id: string): Journal {
  const incidents = journal.incidents.map((incident) => {
    if (incident.id !== id) return incident;
    const { photo: _removed, ...rest } = incident;
    return rest;
  });
  return { ...journal, incidents };
}

export function addContact(journal: Journal, contact: Contact): Journal {
  const contacts = sortedContacts({ contacts: [...journal.contacts.filter((item) => item.id !== contact.id), contact] });
  return { ...journal, contacts: contacts.slice(-MAX_CONTACTS) };
}

export function updateContact(journal: Journal, id: string, patch: Partial<Omit<Contact, 'id'>>): Journal {
  const contacts = journal.contacts.map((contact) => (contact.id === id ? { ...contact, ...patch } : contact));
  return { ...journal, contacts: sortedContacts({ contacts }) };
}

export function removeContact(journal: Journal, id: string): Journal {
  return { ...journal, contacts: journal.contacts.filter((contact) => contact.id !== id) };
}

export function setLetterOptions(journal: Journal, patch: Partial<LetterOptions>): Journal {
  return { ...journal, letter: { ...journal.letter, ...patch } };
}

/** True for a CCC contact (phone or ANEF contact form). */
export function isCccContact(contact: Pick<Contact, 'channel'>): boolean {
  return contact.channel === 'ccc-phone' || contact.channel === 'ccc-form';
}

/**
 * The journal without its photos: what the panel on ANEF receives. Photos are large (up to about
 * 2 MB in all) and the panel never shows them; they stay with the background and the dashboard.
 */
export function withoutPhotos(journal: Journal): Journal {
  return { ...journal, incidents: journal.incidents.map(({ photo: _photo, ...incident }) => incident) };
}

/**
 * A journal written back by a context that received it without photos: each incident keeps the
 * photo stored for it, so such a write never deletes a photo.
 */
export function keepStoredPhotos(incoming: Journal, stored: Journal): Journal {
  const photos = new Map(stored.incidents.filter((incident) => incident.photo).map((incident) => [incident.id, incident.photo]));
  return {
    ...incoming,
    incidents: incoming.incidents.map((incident) => {
      const photo = incident.photo ?? photos.get(incident.id);
      return photo ? { ...incident, photo } : incident;
    }),
  };
}
