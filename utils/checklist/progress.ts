/**
 * The person's checklist progress: which procedure they chose and, per procedure, which items they
 * ticked (so switching to another procedure and back keeps the ticks). Kept in the person's
 * profile as the section `checklist` (registered in utils/profile/sections.ts). Pure: the reducer
 * returns a new value, the profile store writes it.
 *
 * Stored ids are not checked against the catalogue here: a profile written by a newer version may
 * name procedures or items this version does not know; they are kept, and simply not shown.
 */
import * as v from 'valibot';
import { defineSection } from '../profile/section.ts';
import { findProcedure, procedureItems, type ItemId, type ProcedureDef, type ProcedureId } from './catalog.ts';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/));

const ProgressSchema = v.object({
  /** The procedure the person follows, or null before they choose. */
  chosen: v.nullable(Id),
  /** Ticked item ids, per procedure id. */
  ticked: v.pipe(v.record(Id, v.pipe(v.array(Id), v.maxLength(200))), v.check((value) => Object.keys(value).length <= 100, 'too many procedures')),
});

export type ChecklistProgress = v.InferOutput<typeof ProgressSchema>;

export function emptyProgress(): ChecklistProgress {
  return { chosen: null, ticked: {} };
}

export const checklistSection = defineSection<ChecklistProgress>('checklist', ProgressSchema, emptyProgress);

export type ChecklistAction =
  | { type: 'choose'; procedure: ProcedureId | null }
  | { type: 'tick'; procedure: ProcedureId; item: ItemId; done: boolean }
  | { type: 'clear'; procedure: ProcedureId };

/**
 * The next progress after an action. Unknown procedures cannot be chosen or ticked (the state is
 * returned unchanged), nor can items that are not part of the procedure.
 */
export function checklistReducer(state: ChecklistProgress, action: ChecklistAction): ChecklistProgress {
  switch (action.type) {
    case 'choose': {
      if (action.procedure !== null && !findProcedure(action.procedure)) return state;
      return state.chosen === action.procedure ? state : { ...state, chosen: action.procedure };
    }
    case 'tick': {
      const procedure = findProcedure(action.procedure);
      if (!procedure || !procedureItems(procedure).includes(action.item)) return state;
      const current = state.ticked[action.procedure] ?? [];
      const has = current.includes(action.item);
      if (has === action.done) return state;
      const next = action.done ? [...current, action.item] : current.filter((item) => item !== action.item);
      return { ...state, ticked: { ...state.ticked, [action.procedure]: next } };
    }
    case 'clear': {
      if (!(action.procedure in state.ticked)) return state;
      const { [action.procedure]: _removed, ...rest } = state.ticked;
      return { ...state, ticked: rest };
    }
  }
}

/** The ticked items of a procedure that still exist in it. */
export function tickedItems(state: ChecklistProgress, procedure: ProcedureDef): Set<ItemId> {
  const known = new Set<string>(procedureItems(procedure));
  return new Set((state.ticked[procedure.id] ?? []).filter((item): item is ItemId => known.has(item)));
}

/** How many items are ticked out of how many. */
export function progressCount(state: ChecklistProgress, procedure: ProcedureDef): { done: number; total: number } {
  return { done: tickedItems(state, procedure).size, total: procedureItems(procedure).length };
}

/**
 * What is still unticked before the step `beforeStep` (the "before you send" check on the
 * récapitulatif): items of that step and of every earlier step, in order.
 */
export function untickedUpTo(state: ChecklistProgress, procedure: ProcedureDef, beforeStep: ProcedureDef['steps'][number]['id']): ItemId[] {
  const ticked = tickedItems(state, procedure);
  const end = procedure.steps.findIndex((step) => step.id === beforeStep);
  const steps = end < 0 ? procedure.steps : procedure.steps.slice(0, end + 1);
  return [...new Set(steps.flatMap((step) => step.items))].filter((item) => !ticked.has(item));
}
