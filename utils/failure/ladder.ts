/**
 * Where the person is on the ladder the law sets when ANEF fails (facts/legal.md §1–3):
 * keep dated evidence → contact the CCC → go to the PAN → ask the préfet for the substitution
 * solution by letter → after the letter (chase, Défenseur des droits, référé). Pure.
 */
import { attemptsSpreadOverAWeek } from '../letter/substitution-letter.ts';
import { plusDays } from '../deadlines/civil.ts';
import { parseMoment } from '../letter/moments.ts';
import { isCccContact, type Journal } from './journal.ts';

export const LADDER_STEPS = ['journal', 'ccc', 'pan', 'letter', 'after'] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];
export type StepStatus = 'done' | 'current' | 'todo';

/**
 * Days after sending the letter when chasing it is suggested. Advice only: no text sets how long
 * the préfecture has to answer this letter (facts/legal.md §3.4, legal-update.md §1).
 */
export const CHASE_AFTER_DAYS = 21;

export interface LadderState {
  incidents: number;
  /** Distinct days with at least one incident. */
  attemptDays: number;
  /** Days from the first to the last incident (0 with fewer than two). */
  spanDays: number;
  /** First and last attempts at least a week apart (CE 10 juin 2020 n° 435594). */
  spreadOverAWeek: boolean;
  cccContacts: number;
  panContacts: number;
  letterSentOn?: string;
  /** Day from which chasing the letter is suggested. */
  chaseFrom?: string;
  current: LadderStep;
  status: Record<LadderStep, StepStatus>;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function ladderState(journal: Pick<Journal, 'incidents' | 'contacts' | 'letter'>): LadderState {
  const days = journal.incidents.map((incident) => parseMoment(incident.at)!.date).sort();
  const distinct = new Set(days);
  const cccContacts = journal.contacts.filter(isCccContact).length;
  const panContacts = journal.contacts.filter((contact) => contact.channel === 'pan').length;
  const sentOn = journal.letter.sentOn || undefined;

  const done: Record<LadderStep, boolean> = {
    journal: days.length > 0,
    ccc: cccContacts > 0,
    pan: panContacts > 0,
    letter: sentOn !== undefined,
    after: false,
  };
  const current = LADDER_STEPS.find((step) => !done[step]) ?? 'after';
  const status = Object.fromEntries(
    LADDER_STEPS.map((step) => [step, done[step] ? 'done' : step === current ? 'current' : 'todo']),
  ) as Record<LadderStep, StepStatus>;

  return {
    incidents: days.length,
    attemptDays: distinct.size,
    spanDays: days.length > 1 ? daysBetween(days[0]!, days[days.length - 1]!) : 0,
    spreadOverAWeek: attemptsSpreadOverAWeek(days),
    cccContacts,
    panContacts,
    ...(sentOn ? { letterSentOn: sentOn, chaseFrom: plusDays(sentOn, CHASE_AFTER_DAYS)! } : {}),
    current,
    status,
  };
}
