/**
 * From a person's documents to their dates: every deadline each document carries (with the
 * reminder days that warn about it), the next one, how urgent it is, and what it means "in plain
 * words" as data for the UI, the notifications and the calendar (i18n keys and values; the words
 * themselves are in locales/<lang>/documents.json).
 *
 *   document ──deadlinesOf──→ [deadline {type, date, reminders[], sources}] ──nextDeadline(today)──→
 *   { deadline, days, urgency } ──plainWords──→ { when, what, next } keys
 *
 * Pure: `today` is always passed in. Reminder days follow users-languages.md §5.3 and legal.md §4.8;
 * every reminder day is on or before the date it warns about (tested as a property).
 */
import type { SourceId } from '../legal/sources.ts';
import { daysBetween, plusDays, plusMonths, type CivilDate } from './civil.ts';
import type { TrackedDocument } from './documents.ts';
import type { DocumentKind } from './kinds.ts';
import { continuityEnd, implicitRejectionDate, renewalWindow, vlsTsValidationDeadline } from './rules.ts';

export type DeadlineType =
  /** Titre de séjour: first day of the renewal window. */
  | 'renewal-opens'
  /** Titre de séjour: last day to file the renewal in time. */
  | 'renewal-last-day'
  /** The end-of-validity date printed on the document. */
  | 'expiry'
  /** Four months after a complete application: silence means rejection. */
  | 'implicit-rejection'
  /** L. 433-3: last day the expired 4-year / resident card still proves stay. */
  | 'continuity-end'
  /** VLS-TS: last day to validate it on ANEF. */
  | 'vls-validation'
  /** A proof's last day of being "less than N months old". */
  | 'proof-too-old';

export interface Deadline {
  docId: string;
  kind: DocumentKind;
  type: DeadlineType;
  date: CivilDate;
  /** Days on which a reminder warns about this deadline, ascending, none after `date`. */
  reminders: CivilDate[];
  sources: SourceId[];
}

export type Urgency = 'past' | 'urgent' | 'soon' | 'later';

export interface NextDeadline {
  deadline: Deadline;
  /** Days from today (negative when past). */
  days: number;
  urgency: Urgency;
}

/** Days before a date on which a reminder is set (users-languages.md §5.3). */
const BEFORE = {
  anefOpens: [150, 120],
  anefLastDay: [90, 75, 67, 62, 60],
  titreExpiry: [30, 14, 7, 1, 0],
  outsideOpensDays: 90,
  outsideLastDay: [30, 14, 7, 1],
  short: [30, 15, 7, 3, 1],
  passport: [180, 90, 60, 30],
  other: [90, 60, 30, 15, 7, 1],
  implicitRejection: [7, 0],
  continuity: [14, 7, 1, 0],
} as const;

/** Reminder days `n` days before `anchor` (kept only if on or before `date`, sorted, unique). */
function daysBefore(anchor: CivilDate, offsets: readonly number[]): CivilDate[] {
  return offsets.map((n) => plusDays(anchor, -n)).filter((day): day is CivilDate => day !== undefined);
}

function make(doc: TrackedDocument, type: DeadlineType, date: CivilDate | undefined, reminders: (CivilDate | undefined)[], sources: SourceId[]): Deadline[] {
  if (!date) return [];
  const days = [...new Set(reminders.filter((day): day is CivilDate => !!day && day <= date))].sort();
  return [{ docId: doc.id, kind: doc.kind, type, date, reminders: days, sources }];
}

function titreDeadlines(doc: TrackedDocument, expiry: CivilDate): Deadline[] {
  const onAnef = doc.onAnef === true;
  const window = renewalWindow(expiry, onAnef);
  if (!window.ok) return [];
  const out: Deadline[] = [];
  if (doc.filedOn) {
    const rejection = implicitRejectionDate(doc.filedOn);
    if (rejection.ok) {
      out.push(...make(doc, 'implicit-rejection', rejection.value, daysBefore(rejection.value, BEFORE.implicitRejection), ['ceseda-r432-2', 'ce-avis-499904']));
    }
  } else {
    const { opens, lastDay } = window.value;
    const opensReminders = onAnef ? daysBefore(expiry, BEFORE.anefOpens) : [plusDays(expiry, -BEFORE.outsideOpensDays), opens];
    const lastReminders = daysBefore(expiry, onAnef ? BEFORE.anefLastDay : BEFORE.outsideLastDay);
    out.push(...make(doc, 'renewal-opens', opens, opensReminders, ['ceseda-r431-5']));
    out.push(...make(doc, 'renewal-last-day', lastDay, lastReminders, ['ceseda-r431-5', 'ceseda-l436-5', 'prefecture-vaucluse-anef']));
  }
  out.push(...make(doc, 'expiry', expiry, daysBefore(expiry, BEFORE.titreExpiry), doc.filedOn ? ['ceseda-r431-15-1'] : ['ceseda-r431-5']));
  if (doc.filedOn && doc.longCard) {
    const end = continuityEnd(expiry);
    if (end.ok) out.push(...make(doc, 'continuity-end', end.value, daysBefore(end.value, BEFORE.continuity), ['ceseda-l433-3']));
  }
  return out;
}

/** Every deadline of one document, in date order. */
export function deadlinesOf(doc: TrackedDocument): Deadline[] {
  const out: Deadline[] = [];
  switch (doc.kind) {
    case 'titre-sejour':
      if (doc.expiry) out.push(...titreDeadlines(doc, doc.expiry));
      break;
    case 'vls-ts': {
      if (doc.entryDate && !doc.validated) {
        const deadline = vlsTsValidationDeadline(doc.entryDate);
        if (deadline.ok) {
          const reminders = [plusDays(doc.entryDate, 60), plusDays(doc.entryDate, 85), deadline.value];
          out.push(...make(doc, 'vls-validation', deadline.value, reminders, ['ceseda-r431-17']));
        }
      }
      if (doc.expiry) out.push(...make(doc, 'expiry', doc.expiry, daysBefore(doc.expiry, BEFORE.other), ['ceseda-r431-5']));
      break;
    }
    case 'api':
    case 'adf':
      if (doc.expiry) out.push(...make(doc, 'expiry', doc.expiry, daysBefore(doc.expiry, BEFORE.short), ['ceseda-r431-15-1', 'sp-f36206']));
      break;
    case 'recepisse':
      if (doc.expiry) out.push(...make(doc, 'expiry', doc.expiry, daysBefore(doc.expiry, BEFORE.short), ['ceseda-r431-12', 'sp-f15763']));
      break;
    case 'passport':
      if (doc.expiry) out.push(...make(doc, 'expiry', doc.expiry, daysBefore(doc.expiry, BEFORE.passport), []));
      break;
    case 'proof': {
      const months = doc.maxAgeMonths ?? 3;
      const limit = doc.issuedOn ? plusMonths(doc.issuedOn, months) : undefined;
      const lastDay = limit ? plusDays(limit, -1) : undefined;
      const warn = months === 3 && doc.issuedOn ? plusDays(doc.issuedOn, 80) : lastDay ? plusDays(lastDay, -10) : undefined;
      out.push(...make(doc, 'proof-too-old', lastDay, [warn], months === 3 ? ['sp-f2215'] : ['ceseda-annexe-10']));
      break;
    }
    case 'other':
      if (doc.expiry) out.push(...make(doc, 'expiry', doc.expiry, daysBefore(doc.expiry, BEFORE.other), []));
      break;
    case 'attestation-depot':
      break;
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function urgencyOf(days: number): Urgency {
  if (days < 0) return 'past';
  if (days <= 7) return 'urgent';
  if (days <= 30) return 'soon';
  return 'later';
}

/**
 * The next deadline of one document: the first one today or later; when all are past, the last
 * one (the document has run out). Undefined for documents without deadlines (attestation de dépôt).
 */
export function nextDeadlineOf(doc: TrackedDocument, today: CivilDate): NextDeadline | undefined {
  const deadlines = deadlinesOf(doc);
  const chosen = deadlines.find((deadline) => deadline.date >= today) ?? deadlines.at(-1);
  if (!chosen) return undefined;
  const days = daysBetween(today, chosen.date);
  if (days === undefined) return undefined;
  return { deadline: chosen, days, urgency: urgencyOf(days) };
}

/**
 * The person's documents, most urgent first: run-out documents first (most recent first), then
 * by the date of their next deadline; documents without deadlines last.
 */
export function byUrgency(docs: readonly TrackedDocument[], today: CivilDate): { doc: TrackedDocument; next?: NextDeadline }[] {
  const rank = (next?: NextDeadline) => (next === undefined ? Number.POSITIVE_INFINITY : next.days < 0 ? -1e6 - next.days : next.days);
  return docs
    .map((doc) => ({ doc, next: nextDeadlineOf(doc, today) }))
    .sort((a, b) => rank(a.next) - rank(b.next));
}

/** The single most urgent next deadline across all documents (what the badge and popup show). */
export function mostUrgent(docs: readonly TrackedDocument[], today: CivilDate): NextDeadline | undefined {
  return byUrgency(docs, today)[0]?.next;
}

/** A titre de séjour whose renewal window closed without a filing: late (L. 436-5). */
export function isLateRenewal(doc: TrackedDocument, today: CivilDate): { lastDay: CivilDate } | undefined {
  if (doc.kind !== 'titre-sejour' || !doc.expiry || doc.filedOn) return undefined;
  const window = renewalWindow(doc.expiry, doc.onAnef === true);
  return window.ok && today > window.value.lastDay ? { lastDay: window.value.lastDay } : undefined;
}

/** "In plain words", as i18n data: `when` (relative day) and `what` (the deadline, per kind). */
export interface PlainWords {
  /** documents:when.<key>, with `count` for inDays/daysAgo. */
  when: { key: 'today' | 'tomorrow' | 'yesterday' | 'inDays' | 'daysAgo'; count: number };
  /** documents:what.<kind>.<type> */
  what: string;
  /** What to do and where: a full key of the documents pack (`next.…`, or `past.…` once passed). */
  next: string;
  date: CivilDate;
}

/** What the person told us about the document, where the advice depends on it. */
export interface WordsContext {
  onAnef?: boolean;
  /** A complete renewal application was filed. */
  filed?: boolean;
}

/** Deadlines whose advice changes once the date has passed ("Avant cette date…" no longer fits). */
const PAST_ADVICE = new Set(['api.expiry', 'adf.expiry', 'recepisse.expiry', 'passport.expiry', 'proof.proof-too-old', 'other.expiry', 'vls-ts.vls-validation', 'vls-ts.expiry']);

/** The plain-words data of a deadline seen from `today`. */
export function plainWords(deadline: Deadline, today: CivilDate, context: WordsContext = {}): PlainWords {
  const days = daysBetween(today, deadline.date) ?? 0;
  const when: PlainWords['when'] =
    days === 0 ? { key: 'today', count: 0 }
      : days === 1 ? { key: 'tomorrow', count: 1 }
        : days === -1 ? { key: 'yesterday', count: 1 }
          : days > 0 ? { key: 'inDays', count: days } : { key: 'daysAgo', count: -days };
  const what = `${deadline.kind}.${deadline.type}`;
  let next = `next.${what}`;
  if (deadline.kind === 'titre-sejour' && deadline.type.startsWith('renewal-')) next += context.onAnef ? '.anef' : '.prefecture';
  else if (deadline.kind === 'titre-sejour' && deadline.type === 'expiry') next += context.filed ? '.filed' : '.notFiled';
  else if (days < 0 && PAST_ADVICE.has(what)) next = `past.${what}`;
  return { when, what, next, date: deadline.date };
}

/** The words context of a document. */
export function wordsContext(doc: TrackedDocument): WordsContext {
  return { onAnef: doc.onAnef === true, filed: !!doc.filedOn };
}
