/**
 * Every section of a person's data. A feature adds its section here (one line) and nowhere else.
 */
import { checklistSection } from '../checklist/progress.ts';
import { documentsSection } from '../deadlines/documents.ts';
import { journalSection } from '../failure/journal.ts';
import { personSection } from '../failure/person.ts';
import type { ProfileSection } from './section.ts';

export const SECTIONS = {
  checklist: checklistSection,
  documents: documentsSection,
  journal: journalSection,
  person: personSection,
} satisfies Record<string, ProfileSection<unknown>>;
