/**
 * The person's documents: the `documents` section of their profile (utils/profile/). Each document
 * keeps only what the deadline rules need: its kind, its dates as printed, a few yes/no facts and,
 * for "other" documents and proofs, a short name. Never a document number, never a name.
 */
import * as v from 'valibot';
import { defineSection } from '../profile/section.ts';
import { toLocalDate } from './civil.ts';
import { DOCUMENT_KINDS, KIND_RULES, PROOF_AGES, type DateField, type DocumentKind, type FlagField, type ProofAge } from './kinds.ts';

/** At most this many documents (a person has a handful; a bad import must not grow without end). */
export const MAX_DOCUMENTS = 50;
export const MAX_LABEL_LENGTH = 60;

const CivilDateSchema = v.pipe(v.string(), v.check((value) => toLocalDate(value) !== undefined, 'not a real date'));

export interface TrackedDocument {
  /** Random id, also used in alarm names and notification links (nothing personal). */
  id: string;
  kind: DocumentKind;
  label?: string;
  expiry?: string;
  issuedOn?: string;
  entryDate?: string;
  filedOn?: string;
  onAnef?: boolean;
  longCard?: boolean;
  validated?: boolean;
  maxAgeMonths?: ProofAge;
}

const DocumentSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
    kind: v.picklist(DOCUMENT_KINDS),
    label: v.optional(v.pipe(v.string(), v.maxLength(MAX_LABEL_LENGTH))),
    expiry: v.optional(CivilDateSchema),
    issuedOn: v.optional(CivilDateSchema),
    entryDate: v.optional(CivilDateSchema),
    filedOn: v.optional(CivilDateSchema),
    onAnef: v.optional(v.boolean()),
    longCard: v.optional(v.boolean()),
    validated: v.optional(v.boolean()),
    maxAgeMonths: v.optional(v.picklist(PROOF_AGES)),
  }),
  v.check((doc) => missingFields(doc).length === 0, 'a required date is missing'),
) as v.GenericSchema<unknown, TrackedDocument>;

export interface DocumentsData {
  items: TrackedDocument[];
}

export const DocumentsSchema = v.object({
  items: v.pipe(
    v.array(DocumentSchema),
    v.maxLength(MAX_DOCUMENTS),
    v.check((items) => new Set(items.map((item) => item.id)).size === items.length, 'document ids repeat'),
  ),
}) as v.GenericSchema<unknown, DocumentsData>;

export const documentsSection = defineSection<DocumentsData>('documents', DocumentsSchema, () => ({ items: [] }));

/** Required fields this document lacks (dates from the kind table; proofs also need their age). */
export function missingFields(doc: Pick<TrackedDocument, 'kind' | DateField | 'maxAgeMonths'>): (DateField | 'maxAgeMonths')[] {
  const missing: (DateField | 'maxAgeMonths')[] = KIND_RULES[doc.kind].dates
    .filter((spec) => spec.required && !doc[spec.field])
    .map((spec) => spec.field);
  if (doc.kind === 'proof' && !doc.maxAgeMonths) missing.push('maxAgeMonths');
  return missing;
}

/**
 * Keeps only the fields this kind uses (a kind changed in the form must not keep the old kind's
 * dates) and drops empty ones.
 */
export function tidyDocument(doc: TrackedDocument): TrackedDocument {
  const rule = KIND_RULES[doc.kind];
  const out: TrackedDocument = { id: doc.id, kind: doc.kind };
  const label = doc.label?.trim();
  if (rule.label && label) out.label = label.slice(0, MAX_LABEL_LENGTH);
  for (const { field } of rule.dates) if (doc[field]) out[field] = doc[field];
  for (const flag of rule.flags as readonly FlagField[]) out[flag] = doc[flag] === true;
  if (doc.kind === 'proof' && doc.maxAgeMonths) out.maxAgeMonths = doc.maxAgeMonths;
  return out;
}
