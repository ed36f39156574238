/** Small builders for journal tests. */
import { emptyJournal, type Contact, type Incident, type Journal } from '../../../utils/failure/journal.ts';
import { emptyPerson, type Person } from '../../../utils/failure/person.ts';

/** A valid (tiny) JPEG data URL; only its shape matters to the journal. */
export const PHOTO = { dataUrl: 'data:image/jpeg;base64,/9j/4AAQSkZJRg==', width: 640, height: 400, source: 'capture' as const };

export function incident(id: string, at: string, extra: Partial<Incident> = {}): Incident {
  return { id, at, kind: 'error', route: '', pageName: '', errorText: '', action: '', excluded: false, ...extra };
}

export function contact(id: string, channel: Contact['channel'], on: string, extra: Partial<Contact> = {}): Contact {
  return { id, channel, on, time: '', what: '', reference: '', outcome: '', proof: false, excluded: false, ...extra };
}

export function journal(extra: Partial<Journal> = {}): Journal {
  return { ...emptyJournal(), ...extra };
}

export function person(extra: Partial<Person> = {}): Person {
  return { ...emptyPerson(), ...extra };
}
