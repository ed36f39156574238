/**
 * Who the person is, for the letters Repère prepares (the `person` profile section): identity,
 * numbers the préfecture uses, contact details, and the préfecture of their département with
 * its postal address as the person or their helper typed it (Repère never makes one up).
 * Every field may be empty; the letter names the ones it needs.
 */
import * as v from 'valibot';
import { dateParts } from '../dates/format.ts';
import { defineSection } from '../profile/section.ts';

const text = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)), '');

export const PersonSchema = v.object({
  fullName: text(200),
  /** '' or YYYY-MM-DD. */
  birthDate: v.optional(v.pipe(v.string(), v.check((value) => value === '' || dateParts(value) !== undefined)), ''),
  nationality: text(100),
  /** Postal address, several lines. */
  address: text(500),
  /** Numéro étranger (AGDREF), printed on the residence permit. */
  foreignerNumber: text(40),
  /** Number of the ANEF request, when there is one. */
  anefRequestNumber: text(60),
  phone: text(40),
  email: text(200),
  /** INSEE code of the département whose préfecture handles the file ('' until chosen). */
  departmentCode: v.optional(v.pipe(v.string(), v.regex(/^(|\d{2}|2[AB]|97\d)$/)), ''),
  /** The préfecture's postal address, typed from its website or a letter. */
  prefectureAddress: text(500),
});
export type Person = v.InferOutput<typeof PersonSchema>;

export function emptyPerson(): Person {
  return v.parse(PersonSchema, {});
}

export const personSection = defineSection<Person>('person', PersonSchema, emptyPerson);
