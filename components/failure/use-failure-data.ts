/**
 * The failure feature's data in a dashboard or letter page: the journal and person sections from
 * the profile store, with save functions, and the expiry the documents tracker knows.
 */
import { useCallback } from 'react';
import { emptyJournal, type Journal } from '../../utils/failure/journal.ts';
import { expiryFromTracker } from '../../utils/failure/letter-input.ts';
import { emptyPerson, type Person } from '../../utils/failure/person.ts';
import { useProfileStore, type ProfileState } from '../../utils/state/profile-store.ts';

export interface FailureData {
  status: ProfileState['status'];
  journal: Journal;
  person: Person;
  trackerExpiry?: string;
  saveJournal(next: Journal): Promise<void>;
  savePerson(next: Person): Promise<void>;
}

const EMPTY_JOURNAL = emptyJournal();
const EMPTY_PERSON = emptyPerson();

export function useFailureData(): FailureData {
  const status = useProfileStore((state) => state.status);
  const profile = useProfileStore((state) => state.profile);
  const update = useProfileStore((state) => state.update);
  const saveJournal = useCallback((next: Journal) => update('journal', next), [update]);
  const savePerson = useCallback((next: Person) => update('person', next), [update]);
  const trackerExpiry = profile ? expiryFromTracker(profile) : undefined;
  return {
    status,
    journal: profile?.journal ?? EMPTY_JOURNAL,
    person: profile?.person ?? EMPTY_PERSON,
    ...(trackerExpiry ? { trackerExpiry } : {}),
    saveJournal,
    savePerson,
  };
}

/** A new id for a journal item. */
export function newId(): string {
  return crypto.randomUUID();
}
