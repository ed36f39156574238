/**
 * The kinds of documents the tracker knows, and the rule table behind each one: which dates the
 * person gives (as printed on the document), which facts apply, where they come from and when our
 * research notes checked them. The dates computed from these rules are in ./timeline.ts; the
 * reminder days follow ../shared/facts/users-languages.md §5.3 and legal.md §4.8 (with the
 * corrections of legal-update.md: the VLS-TS validation rule is R. 431-17).
 *
 * The table is data, so that a reviewer can check every rule against its source in one place.
 */
import type { SourceId } from '../legal/sources.ts';

export const DOCUMENT_KINDS = [
  'titre-sejour',
  'vls-ts',
  'api',
  'adf',
  'recepisse',
  'attestation-depot',
  'passport',
  'proof',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Dates a document can carry, each as printed on it (civil dates `YYYY-MM-DD`). */
export const DATE_FIELDS = ['expiry', 'issuedOn', 'entryDate', 'filedOn'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** Yes/no facts the person tells us about a document. */
export const FLAG_FIELDS = ['onAnef', 'longCard', 'validated'] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];

export interface KindRule {
  kind: DocumentKind;
  /** Date fields the form asks for, in order. */
  dates: readonly { field: DateField; required: boolean }[];
  /** Yes/no questions the form asks. */
  flags: readonly FlagField[];
  /** Whether the person may name the document in a few words (never shown outside the tracker). */
  label: boolean;
  /** References of the rule, shown under the document. */
  sources: readonly SourceId[];
  /** Month our research notes checked the rule (YYYY-MM). */
  checked: string;
  /** Unsure points the UI must say as unsure. */
  unsure?: readonly string[];
  /** The rule in one line, for people reading the code (the UI has its own words). */
  rule: string;
}

export const KIND_RULES: Record<DocumentKind, KindRule> = {
  'titre-sejour': {
    kind: 'titre-sejour',
    dates: [
      { field: 'expiry', required: true },
      { field: 'filedOn', required: false },
    ],
    flags: ['onAnef', 'longCard'],
    label: false,
    sources: ['ceseda-r431-5', 'ceseda-l436-5', 'prefecture-vaucluse-anef', 'ceseda-r432-2', 'ce-avis-499904', 'ceseda-l433-3'],
    checked: '2026-11',
    unsure: ['L. 436-5 late fee: 180 € verified before 2026; unchanged by the 2026 finance law is unsure'],
    rule:
      'Renewal window D-120 … D-60 when renewed on ANEF, else the two months before expiry (R. 431-5); '
      + 'after a complete filing: implicit rejection at filing + 4 months (R. 432-2, CE 499904), and for '
      + '4-year / resident cards the expired card proves stay until expiry + 3 months (L. 433-3).',
  },
  'vls-ts': {
    kind: 'vls-ts',
    dates: [
      { field: 'entryDate', required: true },
      { field: 'expiry', required: false },
    ],
    flags: ['validated'],
    label: false,
    sources: ['ceseda-r431-17'],
    checked: '2026-11',
    unsure: ['renewal after a VLS-TS follows R. 431-5 (inference from the texts)'],
    rule: 'Validate on ANEF within 3 months of entry (R. 431-17, visas of R. 431-16 6° to 18°); reminders at entry + 60 and + 85 days.',
  },
  api: {
    kind: 'api',
    dates: [
      { field: 'expiry', required: true },
      { field: 'issuedOn', required: false },
    ],
    flags: [],
    label: false,
    sources: ['ceseda-r431-15-1', 'sp-f36206', 'ce-avis-499904'],
    checked: '2026-11',
    rule: 'Valid 3 months at most, renewed while the file is pending (R. 431-15-1); a renewed API does not stop the 4-month clock (CE 499904).',
  },
  adf: {
    kind: 'adf',
    dates: [
      { field: 'expiry', required: true },
      { field: 'issuedOn', required: false },
    ],
    flags: [],
    label: false,
    sources: ['ceseda-r431-15-1', 'sp-f36206'],
    checked: '2026-11',
    unsure: ['exact French wording of the ADF paragraph of R. 431-15-1'],
    rule: 'Provisional document after a favourable decision, 3 months at most (service-public F36206).',
  },
  recepisse: {
    kind: 'recepisse',
    dates: [
      { field: 'expiry', required: true },
      { field: 'issuedOn', required: false },
    ],
    flags: [],
    label: false,
    sources: ['ceseda-r431-12', 'sp-f15763'],
    checked: '2026-11',
    rule: 'Authorises presence for the period it states (R. 431-12); usually 3 to 6 months (F15763).',
  },
  'attestation-depot': {
    kind: 'attestation-depot',
    dates: [{ field: 'filedOn', required: true }],
    flags: [],
    label: false,
    sources: ['ceseda-r431-15-1'],
    checked: '2026-11',
    rule: 'Proves only that an application was filed online; it does not prove regular stay (R. 431-15-1 al. 1). No deadline.',
  },
  passport: {
    kind: 'passport',
    dates: [{ field: 'expiry', required: true }],
    flags: [],
    label: false,
    sources: [],
    checked: '2026-11',
    rule: 'Reminders 180, 90, 60 and 30 days before expiry: consular delays are long (no legal rule).',
  },
  proof: {
    kind: 'proof',
    dates: [{ field: 'issuedOn', required: true }],
    flags: [],
    label: true,
    sources: ['sp-f2215', 'ceseda-annexe-10'],
    checked: '2026-11',
    rule: 'A proof that must be less than 3 months old (F2215) or 6 months old (annexe 10): warn at 80 days (3 months) or 10 days before (6 months).',
  },
  other: {
    kind: 'other',
    dates: [{ field: 'expiry', required: true }],
    flags: [],
    label: true,
    sources: [],
    checked: '2026-11',
    rule: 'Any other dated document: reminders 90, 60, 30, 15, 7 and 1 days before it ends.',
  },
};

/** How old a proof may be, in months (the person picks what their list of documents asks). */
export const PROOF_AGES = [3, 6] as const;
export type ProofAge = (typeof PROOF_AGES)[number];
