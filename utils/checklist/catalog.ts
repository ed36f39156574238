/**
 * The procedure catalogue: every ANEF procedure Repère has a checklist for, as data. Pure (no
 * browser, no storage). Texts are not here: each id has its texts in `locales/<lang>/procedures.json`
 * (`procedure.<id>.name|who`, `step.<id>`, `item.<id>.label` and one text per note), so that the
 * same data serves every language and the print page can show the French words beside any
 * translation.
 *
 *   procedure ─┬─ steps (in ANEF's order) ─── items (to tick: tasks, documents, checks)
 *              └─ sources (legal.md / legal-update.md, ids of utils/legal/sources.ts)
 *
 * Séjour-title procedures follow the séjour form the overlay recognises: their steps carry the
 * form-step key (utils/site/selectors.ts `FormStepKey`), so the panel can mark the step the person
 * is on. The other procedures (VLS-TS, naturalisation, travel documents, change of situation,
 * duplicate) have their own forms, which Repère does not recognise yet: their steps carry no key.
 *
 * Facts: ../shared/facts/legal.md §4–5 and legal-update.md §4–5, §8. What the facts do not give
 * (per-category supporting documents, whether a category is on ANEF when marked unsure) is never
 * listed as if it were known: the item `anef-list` sends the person to the list ANEF shows, and
 * the procedure's `onAnef` tells the UI to say "check on ANEF". No fee is ever written down: the
 * tax-stamp items link to the official purchase site.
 */
import type { SourceId } from '../legal/sources.ts';
import type { FormStepKey } from '../site/selectors.ts';

/** Extra texts an item may have, each a key `item.<id>.<note>` in the `procedures` namespace. */
export const ITEM_NOTES = ['counts', 'not', 'hosted', 'more'] as const;
export type ItemNote = (typeof ITEM_NOTES)[number];

export interface ItemDef {
  /** task: something to do; document: something to prepare and join; check: something to verify. */
  kind: 'task' | 'document' | 'check';
  /** Which extra texts it has (what counts, what does not, when hosted, more). */
  notes?: readonly ItemNote[];
  /** Where the rule it states comes from (shown beside it). */
  sources?: readonly SourceId[];
  /** An official site to open (the tax-stamp shop), shown as a link. */
  link?: SourceId;
}

/**
 * Every item, once. Procedures list them by id; ticks are stored by id, so an id never changes
 * meaning (add a new id instead).
 */
export const ITEMS = {
  // ── Before starting ──────────────────────────────────────────────────────────────
  'anef-account': { kind: 'task' },
  /** R. 431-5 1°: titles on the ANEF list are renewed between D-120 and D-60; late = no API as of right (R. 431-15-1). */
  'renewal-window': { kind: 'task', notes: ['more'], sources: ['ceseda-r431-5', 'ceseda-r431-15-1'] },
  /** Same, for the carte de résident: the 1° window does not apply to EU long-term residents. */
  'renewal-window-resident': { kind: 'task', notes: ['more'], sources: ['ceseda-r431-5', 'arrete-2024-07-01'] },
  /** Salarié / travailleur temporaire on ANEF: unsure (legal.md §5.1, legal-update.md §4). */
  'renewal-window-unsure': { kind: 'task', notes: ['more'], sources: ['ceseda-r431-5'] },
  'salarie-check-anef': { kind: 'check', notes: ['more'], sources: ['sp-f15898'] },
  /** First carte de résident: on ANEF for some bases only (legal.md §5.1, legal-update.md §4). */
  'resident-check-anef': { kind: 'check', notes: ['more'], sources: ['arrete-2024-07-01', 'anef-demarches'] },

  // ── Séjour form: personal information, reason, resources ──────────────────────────
  'personal-details': { kind: 'check' },
  'family-situation': { kind: 'task' },
  'reason-answers': { kind: 'task' },
  /** Fields of the student form (anef-site.md §1.5, step 2). */
  'student-studies': { kind: 'task' },
  /** Student form, step 3 (anef-site.md §1.5): origin and amount per month; "hébergé à titre gratuit". */
  'student-resources': { kind: 'task', notes: ['more'] },

  // ── Documents (Annexe 10 CESEDA for the common ones) ─────────────────────────────
  passport: { kind: 'document', notes: ['counts'], sources: ['ceseda-annexe-10'] },
  'current-title': { kind: 'document' },
  'birth-certificate': { kind: 'document', notes: ['counts'], sources: ['ceseda-annexe-10'] },
  'address-proof': { kind: 'document', notes: ['counts', 'not', 'hosted'], sources: ['ceseda-annexe-10'] },
  ephoto: { kind: 'document', notes: ['counts', 'not'], sources: ['ceseda-annexe-10', 'ephoto-ants', 'ephoto-code'] },
  /** Per-category pieces are not verified in the facts: the list ANEF shows is the one that counts. */
  'anef-list': { kind: 'document', notes: ['more'] },
  translations: { kind: 'check', sources: ['ceseda-annexe-10'] },
  /** Uploads of the student renewal form (anef-site.md §1.5, step 4; ANEF QA suite). */
  'student-enrolment': { kind: 'document' },
  'student-results': { kind: 'document' },
  'student-resources-proof': { kind: 'document', notes: ['counts'] },

  // ── Before sending ─────────────────────────────────────────────────────────────
  'check-summary': { kind: 'check' },
  'check-documents': { kind: 'check' },
  'check-address-age': { kind: 'check', sources: ['ceseda-annexe-10'] },
  /** ANEF's own warning on the récapitulatif (anef-site.md §1.5). */
  'check-final': { kind: 'check' },

  // ── After sending ──────────────────────────────────────────────────────────────
  /** R. 431-15-1 al. 1: the attestation de dépôt proves nothing about stay. */
  'keep-deposit': { kind: 'task', notes: ['more'], sources: ['ceseda-r431-15-1'] },
  /** R. 431-15-1: API for a complete application filed in time, ≤ 3 months, renewed. */
  'api-watch': { kind: 'task', notes: ['more'], sources: ['ceseda-r431-15-1'] },
  'decision-watch': { kind: 'task', notes: ['more'], sources: ['ceseda-r431-15-1'] },
  'messages-watch': { kind: 'task' },
  /** Annexe 10: proof of payment handed over at delivery; stamps bought online (F33071); amounts changed in 2026. */
  'tax-stamp': { kind: 'task', notes: ['more'], sources: ['ceseda-annexe-10', 'sp-f33071', 'lfi-2026-art-128'], link: 'timbres-impots' },
  /** L. 433-3: after filing a renewal, the expired resident card proves stay for 3 months. */
  'resident-continuity': { kind: 'task', notes: ['more'], sources: ['ceseda-l433-3'] },

  // ── VLS-TS validation (R. 431-17; legal.md §4.6, legal-update.md §5) ───────────────
  'vls-ts-deadline': { kind: 'task', notes: ['more'], sources: ['ceseda-r431-17', 'sp-f15898'] },
  'vls-ts-details': { kind: 'document', sources: ['ceseda-r431-17'] },
  'vls-ts-stamp': { kind: 'document', notes: ['more'], sources: ['anef-demarches', 'sp-f33071', 'lfi-2026-art-128'], link: 'timbres-impots' },
  /** "Je valide mon VLS-TS" is a confirmed home-page entry (anef-site.md §1.5). */
  'vls-ts-online': { kind: 'task' },
  'vls-ts-check': { kind: 'check' },
  'vls-ts-keep': { kind: 'task' },
  'vls-ts-health': { kind: 'task', notes: ['more'], sources: ['arrete-2017-05-10'] },

  // ── Naturalisation by décret (legal.md §5.4, legal-update.md §8) ───────────────────
  'nat-where': { kind: 'check', sources: ['sp-r60835'] },
  'nat-stamp': { kind: 'document', notes: ['more'], sources: ['sp-f33071', 'lfi-2026-art-128'], link: 'timbres-impots' },
  'nat-six-months': { kind: 'check', sources: ['sp-f15832'] },
  'nat-online': { kind: 'task', sources: ['sp-r60835'] },
  'nat-postal': { kind: 'task', notes: ['more'], sources: ['arrete-2023-02-03'] },
  'nat-follow': { kind: 'task' },
  'nat-messages': { kind: 'task' },

  // ── DCEM (legal.md §5.4) ─────────────────────────────────────────────────────────
  'dcem-parent-title': { kind: 'document', sources: ['sp-f2718'] },
  'dcem-passports': { kind: 'document', sources: ['sp-f2718'] },
  'dcem-filiation': { kind: 'document', sources: ['sp-f2718'] },
  'dcem-authority': { kind: 'document', sources: ['sp-f2718'] },
  'dcem-school': { kind: 'document', sources: ['sp-f2718'] },
  'dcem-ephoto': { kind: 'document', notes: ['counts'], sources: ['sp-f2718', 'ephoto-ants'] },
  'travel-online': { kind: 'task', sources: ['sp-f2718', 'gisti-6758'] },
  'dcem-stamp': { kind: 'task', notes: ['more'], sources: ['sp-f2718', 'sp-f33071'], link: 'timbres-impots' },
  'dcem-validity': { kind: 'task', sources: ['sp-f2718'] },

  // ── Change of situation, duplicate ─────────────────────────────────────────────────
  /** "Je déclare un changement de situation" is a confirmed home-page entry (anef-site.md §1.5). */
  'situation-online': { kind: 'task', sources: ['anef-demarches'] },
  'duplicata-online': { kind: 'task', sources: ['anef-demarches'] },
} as const satisfies Record<string, ItemDef>;

export type ItemId = keyof typeof ITEMS;

/** Step ids: the séjour form's step keys, plus the steps of procedures that have other forms. */
export type StepId = FormStepKey | 'prepare' | 'documents' | 'online' | 'before-sending' | 'after';

export interface StepDef {
  id: StepId;
  /** The séjour form step this step is, when the overlay can recognise it on the page. */
  formStep?: FormStepKey;
  items: readonly ItemId[];
}

export type GroupId = 'arrival' | 'studies-work' | 'family' | 'protection' | 'europe' | 'resident' | 'other';

export interface ProcedureDef {
  id: string;
  group: GroupId;
  /**
   * yes: the facts say it is filed on ANEF. unsure: the facts do not know (the UI tells the person
   * to check on ANEF or their préfecture's site). some: only for some situations (same).
   */
  onAnef: 'yes' | 'unsure' | 'some';
  steps: readonly StepDef[];
  /** Where the procedure's rules come from (each item also names its own). */
  sources: readonly SourceId[];
}

// ── Building blocks for the séjour-title procedures ─────────────────────────────────

type Kind = 'premiere' | 'renouvellement';

interface SejourOptions {
  /** Items of the "before you start" step after the account (e.g. the renewal window). */
  prepare?: readonly ItemId[];
  reason?: readonly ItemId[];
  /** Only forms known to have a resources step get one (the student form). */
  resources?: readonly ItemId[];
  /** Category documents the facts give; otherwise only `anef-list`. */
  documents?: readonly ItemId[];
  after?: readonly ItemId[];
}

/** The documents every residence-card application joins (Annexe 10), by first title or renewal. */
function commonDocuments(kind: Kind): readonly ItemId[] {
  return kind === 'renouvellement'
    ? ['passport', 'current-title', 'address-proof', 'ephoto']
    : ['passport', 'birth-certificate', 'address-proof', 'ephoto'];
}

/** The steps of a séjour-title application, in the order of ANEF's séjour form. */
function sejourSteps(kind: Kind, options: SejourOptions = {}): StepDef[] {
  const steps: StepDef[] = [
    { id: 'prepare', items: ['anef-account', ...(options.prepare ?? [])] },
    { id: 'personal-info', formStep: 'personal-info', items: ['personal-details', 'family-situation'] },
    { id: 'reason', formStep: 'reason', items: options.reason ?? ['reason-answers'] },
  ];
  if (options.resources) steps.push({ id: 'resources', formStep: 'resources', items: options.resources });
  steps.push(
    {
      id: 'documents',
      formStep: 'documents',
      items: [...commonDocuments(kind), ...(options.documents ?? []), 'anef-list', 'translations'],
    },
    { id: 'summary', formStep: 'summary', items: ['check-summary', 'check-documents', 'check-address-age', 'check-final'] },
    {
      id: 'confirmation',
      formStep: 'confirmation',
      items: [
        'keep-deposit',
        ...(kind === 'renouvellement' ? (['api-watch'] as const) : []),
        'decision-watch',
        ...(options.after ?? []),
        'tax-stamp',
      ],
    },
  );
  return steps;
}

const SEJOUR_SOURCES: readonly SourceId[] = ['ceseda-r431-2', 'anef-demarches', 'ceseda-annexe-10', 'ceseda-r431-15-1'];

interface CategoryDef {
  id: string;
  group: GroupId;
  onAnef: ProcedureDef['onAnef'];
  sources?: readonly SourceId[];
  premiere?: SejourOptions;
  renouvellement?: SejourOptions;
  /** Renewal window item (default: the ANEF window). */
  window?: ItemId;
}

/**
 * Residence-title categories filed on ANEF (legal.md §5.1; legal-update.md §4). Each gives a first
 * title and a renewal procedure, ids `<category>-premiere` and `<category>-renouvellement`.
 */
const CATEGORIES: readonly CategoryDef[] = [
  {
    id: 'etudiant',
    group: 'studies-work',
    onAnef: 'yes',
    // The student renewal form is the one ANEF's QA suite shows (anef-site.md §1.5).
    renouvellement: {
      reason: ['student-studies'],
      resources: ['student-resources'],
      documents: ['student-enrolment', 'student-results', 'student-resources-proof'],
    },
  },
  {
    id: 'salarie',
    group: 'studies-work',
    onAnef: 'unsure',
    sources: ['sp-f15898'],
    premiere: { prepare: ['salarie-check-anef'] },
    renouvellement: { prepare: ['salarie-check-anef'] },
    window: 'renewal-window-unsure',
  },
  { id: 'talent', group: 'studies-work', onAnef: 'yes' },
  { id: 'visiteur', group: 'studies-work', onAnef: 'yes' },
  { id: 'conjoint-francais', group: 'family', onAnef: 'yes' },
  { id: 'parent-francais', group: 'family', onAnef: 'yes' },
  { id: 'regroupement-familial', group: 'family', onAnef: 'yes' },
  { id: 'refugie', group: 'protection', onAnef: 'yes' },
  { id: 'protection-subsidiaire', group: 'protection', onAnef: 'yes' },
  { id: 'apatride', group: 'protection', onAnef: 'yes' },
  { id: 'ue-citoyen', group: 'europe', onAnef: 'yes' },
  { id: 'ue-famille', group: 'europe', onAnef: 'yes' },
];

function categoryProcedures(category: CategoryDef): ProcedureDef[] {
  const window = category.window ?? 'renewal-window';
  const renewal = category.renouvellement ?? {};
  return [
    {
      id: `${category.id}-premiere`,
      group: category.group,
      onAnef: category.onAnef,
      steps: sejourSteps('premiere', category.premiere),
      sources: [...SEJOUR_SOURCES, ...(category.sources ?? [])],
    },
    {
      id: `${category.id}-renouvellement`,
      group: category.group,
      onAnef: category.onAnef,
      steps: sejourSteps('renouvellement', { ...renewal, prepare: [...(renewal.prepare ?? []), window] }),
      sources: [...SEJOUR_SOURCES, 'ceseda-r431-5', ...(category.sources ?? [])],
    },
  ];
}

/** The steps of a procedure with its own ANEF form (not the séjour form): no step is recognised on the page. */
function ownFormSteps(steps: { prepare: readonly ItemId[]; documents: readonly ItemId[]; online: readonly ItemId[]; check: readonly ItemId[]; after: readonly ItemId[] }): StepDef[] {
  return [
    { id: 'prepare', items: steps.prepare },
    { id: 'documents', items: steps.documents },
    { id: 'online', items: steps.online },
    { id: 'before-sending', items: steps.check },
    { id: 'after', items: steps.after },
  ];
}

/** Every procedure, in the order the picker shows them. */
export const PROCEDURES: readonly ProcedureDef[] = [
  {
    id: 'vls-ts',
    group: 'arrival',
    onAnef: 'yes',
    steps: ownFormSteps({
      prepare: ['vls-ts-deadline', 'anef-account'],
      documents: ['vls-ts-details', 'vls-ts-stamp'],
      online: ['vls-ts-online'],
      check: ['vls-ts-check'],
      after: ['vls-ts-keep', 'vls-ts-health'],
    }),
    sources: ['ceseda-r431-17', 'anef-demarches', 'sp-f15898'],
  },
  ...CATEGORIES.flatMap(categoryProcedures),
  {
    id: 'resident-premiere',
    group: 'resident',
    onAnef: 'some',
    steps: sejourSteps('premiere', { prepare: ['resident-check-anef'] }),
    sources: [...SEJOUR_SOURCES, 'arrete-2024-07-01'],
  },
  {
    id: 'resident-renouvellement',
    group: 'resident',
    onAnef: 'yes',
    steps: sejourSteps('renouvellement', { prepare: ['renewal-window-resident'], after: ['resident-continuity'] }),
    sources: [...SEJOUR_SOURCES, 'ceseda-r431-5', 'arrete-2024-07-01', 'ceseda-l433-3'],
  },
  {
    id: 'naturalisation',
    group: 'other',
    onAnef: 'yes',
    steps: ownFormSteps({
      prepare: ['nat-where', 'anef-account'],
      documents: ['anef-list', 'translations', 'nat-stamp'],
      online: ['nat-online', 'nat-postal'],
      check: ['check-documents', 'nat-six-months'],
      after: ['nat-follow', 'nat-messages'],
    }),
    sources: ['sp-r60835', 'sp-f15832', 'arrete-2023-02-03'],
  },
  {
    id: 'dcem',
    group: 'other',
    onAnef: 'yes',
    steps: ownFormSteps({
      prepare: ['anef-account'],
      documents: ['dcem-parent-title', 'dcem-passports', 'dcem-filiation', 'dcem-authority', 'dcem-school', 'address-proof', 'dcem-ephoto', 'translations'],
      online: ['travel-online'],
      check: ['check-documents'],
      after: ['messages-watch', 'dcem-stamp', 'dcem-validity'],
    }),
    sources: ['sp-f2718', 'gisti-6758', 'ceseda-annexe-10'],
  },
  {
    id: 'titre-voyage',
    group: 'other',
    onAnef: 'yes',
    steps: ownFormSteps({
      prepare: ['anef-account'],
      documents: ['anef-list', 'translations'],
      online: ['travel-online'],
      check: ['check-documents'],
      after: ['messages-watch'],
    }),
    sources: ['gisti-6758', 'anef-demarches'],
  },
  {
    id: 'changement-situation',
    group: 'other',
    onAnef: 'yes',
    steps: ownFormSteps({
      prepare: ['anef-account'],
      documents: ['anef-list', 'address-proof', 'translations'],
      online: ['situation-online'],
      check: ['check-documents'],
      after: ['messages-watch'],
    }),
    sources: ['anef-demarches', 'ceseda-annexe-10'],
  },
  {
    id: 'duplicata',
    group: 'other',
    onAnef: 'yes',
    steps: ownFormSteps({
      prepare: ['anef-account'],
      documents: ['anef-list', 'translations'],
      online: ['duplicata-online'],
      check: ['check-documents'],
      after: ['messages-watch', 'tax-stamp'],
    }),
    sources: ['anef-demarches', 'lfi-2026-art-128'],
  },
];

export type ProcedureId = string;

export const GROUPS: readonly GroupId[] = ['arrival', 'studies-work', 'family', 'protection', 'europe', 'resident', 'other'];

const BY_ID = new Map(PROCEDURES.map((procedure) => [procedure.id, procedure]));

/** The procedure with this id, or undefined (e.g. an id stored by a newer version). */
export function findProcedure(id: string | null | undefined): ProcedureDef | undefined {
  return id ? BY_ID.get(id) : undefined;
}

/** The definition of an item. */
export function itemDef(id: ItemId): ItemDef {
  return ITEMS[id];
}

/** Every item of a procedure, in order, each once. */
export function procedureItems(procedure: ProcedureDef): ItemId[] {
  return [...new Set(procedure.steps.flatMap((step) => step.items))];
}

/** The step of a procedure that matches a séjour form step, if any. */
export function stepForFormStep(procedure: ProcedureDef, key: FormStepKey | undefined): StepDef | undefined {
  return key ? procedure.steps.find((step) => step.formStep === key) : undefined;
}

/** Every source a procedure cites (its own, then its items'), each once. */
export function allSources(procedure: ProcedureDef): SourceId[] {
  const items = procedure.steps.flatMap((step) => step.items.flatMap((item) => itemDef(item).sources ?? []));
  return [...new Set([...procedure.sources, ...items])];
}

/** Text keys (namespace `procedures`) of a procedure, its steps and items: used by the views and tested for every language. */
export function textKeys(procedure: ProcedureDef): string[] {
  const keys = [`procedure.${procedure.id}.name`, `procedure.${procedure.id}.who`, `group.${procedure.group}`];
  for (const step of procedure.steps) {
    keys.push(`step.${step.id}`);
    for (const item of step.items) {
      keys.push(`item.${item}.label`);
      for (const note of itemDef(item).notes ?? []) keys.push(`item.${item}.${note}`);
    }
  }
  return keys;
}
