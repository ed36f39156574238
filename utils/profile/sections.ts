/**
 * Every section of a person's data. A feature adds its section here (one line) and nowhere else.
 */
import { journalSection } from '../failure/journal.ts';
import { personSection } from '../failure/person.ts';
import type { ProfileSection } from './section.ts';

export const SECTIONS = {
  journal: journalSection,
  person: personSection,
} satisfies Record<string, ProfileSection<unknown>>;
