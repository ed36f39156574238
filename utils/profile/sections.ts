/**
 * Every section of a person's data. A feature adds its section here (one line) and nowhere else.
 */
import type { ProfileSection } from './section.ts';

export const SECTIONS = {} satisfies Record<string, ProfileSection<unknown>>;
