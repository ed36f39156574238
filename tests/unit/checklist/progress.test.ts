/**
 * The progress reducer and the profile section `checklist`: choosing, ticking per procedure (kept
 * when switching), clearing, refusing unknown ids, "before you send" lists, and the stored shape
 * validated (bad values refused, values of a newer version with unknown ids kept).
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findProcedure, procedureItems, PROCEDURES, type ItemId } from '../../../utils/checklist/catalog.ts';
import {
  checklistReducer,
  checklistSection,
  emptyProgress,
  progressCount,
  tickedItems,
  untickedUpTo,
  type ChecklistAction,
  type ChecklistProgress,
} from '../../../utils/checklist/progress.ts';
import { SECTIONS } from '../../../utils/profile/sections.ts';

const student = findProcedure('etudiant-renouvellement')!;
const visitor = findProcedure('visiteur-premiere')!;

function run(actions: ChecklistAction[], start: ChecklistProgress = emptyProgress()): ChecklistProgress {
  return actions.reduce(checklistReducer, start);
}

describe('checklist reducer', () => {
  it('chooses a procedure and forgets the choice with null', () => {
    expect(run([{ type: 'choose', procedure: 'etudiant-renouvellement' }]).chosen).toBe('etudiant-renouvellement');
    expect(run([{ type: 'choose', procedure: 'etudiant-renouvellement' }, { type: 'choose', procedure: null }]).chosen).toBeNull();
  });

  it('refuses unknown procedures and items of another procedure (state unchanged)', () => {
    const start = run([{ type: 'choose', procedure: 'dcem' }]);
    expect(checklistReducer(start, { type: 'choose', procedure: 'tir' })).toBe(start);
    expect(checklistReducer(start, { type: 'tick', procedure: 'tir', item: 'passport', done: true })).toBe(start);
    // dcem has no `current-title` item.
    expect(checklistReducer(start, { type: 'tick', procedure: 'dcem', item: 'current-title', done: true })).toBe(start);
  });

  it('ticks and unticks, keeping ticks per procedure when switching', () => {
    const state = run([
      { type: 'choose', procedure: student.id },
      { type: 'tick', procedure: student.id, item: 'passport', done: true },
      { type: 'tick', procedure: student.id, item: 'address-proof', done: true },
      { type: 'choose', procedure: visitor.id },
      { type: 'tick', procedure: visitor.id, item: 'passport', done: true },
      { type: 'tick', procedure: student.id, item: 'passport', done: false },
      { type: 'choose', procedure: student.id },
    ]);
    expect(state.chosen).toBe(student.id);
    expect([...tickedItems(state, student)]).toEqual(['address-proof']);
    expect([...tickedItems(state, visitor)]).toEqual(['passport']);
    expect(progressCount(state, student)).toEqual({ done: 1, total: procedureItems(student).length });
  });

  it('returns the same state when nothing changes (no needless write)', () => {
    const state = run([{ type: 'tick', procedure: student.id, item: 'passport', done: true }]);
    expect(checklistReducer(state, { type: 'tick', procedure: student.id, item: 'passport', done: true })).toBe(state);
    expect(checklistReducer(state, { type: 'choose', procedure: null })).toBe(state);
    expect(checklistReducer(state, { type: 'clear', procedure: visitor.id })).toBe(state);
  });

  it('clears one procedure only', () => {
    const state = run([
      { type: 'tick', procedure: student.id, item: 'passport', done: true },
      { type: 'tick', procedure: visitor.id, item: 'passport', done: true },
      { type: 'clear', procedure: student.id },
    ]);
    expect(tickedItems(state, student).size).toBe(0);
    expect(tickedItems(state, visitor).size).toBe(1);
  });

  it('lists what is unticked up to the récapitulatif, in order, without the steps after it', () => {
    const state = run([{ type: 'tick', procedure: student.id, item: 'anef-account', done: true }]);
    const unticked = untickedUpTo(state, student, 'summary');
    expect(unticked).not.toContain('anef-account');
    expect(unticked[0]).toBe('renewal-window');
    expect(unticked).toContain('check-final');
    expect(unticked).not.toContain('keep-deposit');
    const everything = procedureItems(student).filter((item) => item !== 'anef-account');
    expect(everything.slice(0, unticked.length)).toEqual(unticked);
  });

  it('ignores stored ticks the catalogue no longer knows', () => {
    const state: ChecklistProgress = { chosen: student.id, ticked: { [student.id]: ['passport', 'old-item'] } };
    expect([...tickedItems(state, student)]).toEqual(['passport']);
  });

  it('always produces a value the section accepts (property)', () => {
    const procedureIds = PROCEDURES.map((procedure) => procedure.id);
    const action: fc.Arbitrary<ChecklistAction> = fc.oneof(
      fc.record({ type: fc.constant('choose' as const), procedure: fc.option(fc.constantFrom(...procedureIds, 'unknown'), { nil: null }) }),
      fc.constantFrom(...procedureIds).chain((procedure) =>
        fc.record({
          type: fc.constant('tick' as const),
          procedure: fc.constant(procedure),
          item: fc.constantFrom(...(procedureItems(findProcedure(procedure)!) as ItemId[]), 'passport' as ItemId),
          done: fc.boolean(),
        })),
      fc.record({ type: fc.constant('clear' as const), procedure: fc.constantFrom(...procedureIds) }),
    );
    fc.assert(fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
      const state = run(actions);
      expect(v.safeParse(checklistSection.schema, state).success).toBe(true);
      for (const ticks of Object.values(state.ticked)) expect(new Set(ticks).size).toBe(ticks.length);
    }));
  });
});

describe('profile section `checklist`', () => {
  it('is registered under its name', () => {
    expect(SECTIONS.checklist).toBe(checklistSection);
    expect(checklistSection.name).toBe('checklist');
    expect(checklistSection.empty()).toEqual({ chosen: null, ticked: {} });
  });

  it('accepts values of a newer version naming unknown procedures or items', () => {
    const value = { chosen: 'future-procedure', ticked: { 'future-procedure': ['future-item'] } };
    expect(v.safeParse(checklistSection.schema, value).success).toBe(true);
  });

  it('refuses malformed values', () => {
    for (const bad of [
      null,
      'x',
      { chosen: 3, ticked: {} },
      { chosen: null },
      { chosen: null, ticked: { dcem: 'passport' } },
      { chosen: 'Bad Id!', ticked: {} },
      { chosen: null, ticked: { dcem: ['<script>'] } },
      { chosen: null, ticked: { dcem: Array.from({ length: 201 }, (_, i) => `i${i}`) } },
    ]) {
      expect(v.safeParse(checklistSection.schema, bad).success, JSON.stringify(bad)?.slice(0, 60)).toBe(false);
    }
  });
});
