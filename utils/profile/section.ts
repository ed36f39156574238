/**
 * A section of the person's data (their checklist progress, their documents, their incident
 * journal…). Each feature defines its own section next to its logic and registers it in
 * ./sections.ts; the profile is the set of all sections.
 */
import * as v from 'valibot';

export interface ProfileSection<T> {
  name: string;
  /** Checks a stored or received value of this section. */
  schema: v.GenericSchema<unknown, T>;
  /** The value for a person who has nothing in this section yet. */
  empty: () => T;
}

export function defineSection<T>(name: string, schema: v.GenericSchema<unknown, T>, empty: () => T): ProfileSection<T> {
  return { name, schema, empty };
}
