/**
 * Every section of a person's data. A feature adds its section here (one line) and nowhere else.
 */
import { checklistSection } from '../checklist/progress.ts';
import type { ProfileSection } from './section.ts';

export const SECTIONS = {
  checklist: checklistSection,
} satisfies Record<string, ProfileSection<unknown>>;
