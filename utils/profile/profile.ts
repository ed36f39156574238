/**
 * A person's data: one value per section (./sections.ts), validated section by section so that one
 * unreadable section does not lose the others. Pure: no storage, no browser.
 */
import * as v from 'valibot';
import type { ProfileSection } from './section.ts';
import { SECTIONS } from './sections.ts';

type Sections = typeof SECTIONS;
export type SectionName = keyof Sections & string;
export type SectionValue<K extends SectionName> = Sections[K] extends ProfileSection<infer T> ? T : never;
export type ProfileData = { [K in SectionName]: SectionValue<K> };

export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/** A profile with every section empty. */
export function emptyProfile(): ProfileData {
  return Object.fromEntries(SECTION_NAMES.map((name) => [name, section(name).empty()])) as ProfileData;
}

function section<K extends SectionName>(name: K): ProfileSection<SectionValue<K>> {
  return (SECTIONS as Record<string, ProfileSection<unknown>>)[name] as ProfileSection<SectionValue<K>>;
}

export function isSectionName(name: unknown): name is SectionName {
  return typeof name === 'string' && (SECTION_NAMES as string[]).includes(name);
}

/** Checks one section's value; undefined when it does not fit. */
export function parseSection<K extends SectionName>(name: K, value: unknown): SectionValue<K> | undefined {
  const result = v.safeParse(section(name).schema, value);
  return result.success ? result.output : undefined;
}

/**
 * Reads a stored profile: every valid section is kept, every missing one is empty, every invalid
 * one is reported (by name) and replaced by empty. Never throws.
 */
export function readProfile(raw: unknown): { profile: ProfileData; invalid: SectionName[] } {
  const source = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const invalid: SectionName[] = [];
  const profile = emptyProfile() as Record<string, unknown>;
  for (const name of SECTION_NAMES) {
    if (!(name in source) || source[name] === undefined) continue;
    const parsed = parseSection(name, source[name]);
    if (parsed === undefined) invalid.push(name);
    else profile[name] = parsed;
  }
  return { profile: profile as ProfileData, invalid };
}
