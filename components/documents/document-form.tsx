/**
 * Adding or editing a document: its kind, its dates as printed (typed or picked), and the yes/no
 * facts the rules need (renewed on ANEF? 4-year or resident card? complete application filed, and
 * when? visa validated?). Nothing is checked while typing; on "Enregistrer", every problem is listed
 * at the top (links to the fields) and shown next to its field, and nothing typed is lost.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFrenchDate } from '../../utils/dates/format.ts';
import { tidyDocument, MAX_LABEL_LENGTH, type TrackedDocument } from '../../utils/deadlines/documents.ts';
import { parseTypedDate, type TypedDateError } from '../../utils/deadlines/input.ts';
import { DOCUMENT_KINDS, KIND_RULES, type DateField as DateFieldName, type DocumentKind, type FlagField, type ProofAge } from '../../utils/deadlines/kinds.ts';
import { DateError, DateField } from './date-field.tsx';
import { plainText } from '../../utils/i18n/plain-text.ts';

type Texts = Record<DateFieldName, string>;

interface Draft {
  kind: DocumentKind | '';
  label: string;
  dates: Texts;
  flags: Record<FlagField, boolean>;
  filed: boolean;
  maxAgeMonths: ProofAge | null;
}

type Problem =
  | { field: DateFieldName; error: TypedDateError }
  | { field: 'kind' | 'maxAgeMonths' };

function draftOf(doc?: TrackedDocument): Draft {
  const text = (iso?: string) => (iso ? formatFrenchDate(iso) : '');
  return {
    kind: doc?.kind ?? '',
    label: doc?.label ?? '',
    dates: { expiry: text(doc?.expiry), issuedOn: text(doc?.issuedOn), entryDate: text(doc?.entryDate), filedOn: text(doc?.filedOn) },
    flags: { onAnef: doc ? doc.onAnef === true : true, longCard: doc?.longCard === true, validated: doc?.validated === true },
    filed: !!doc?.filedOn,
    maxAgeMonths: doc?.maxAgeMonths ?? null,
  };
}

/** The date fields shown for a kind (the titre's filing date only once "filed" is ticked). */
function visibleDates(draft: Draft): { field: DateFieldName; required: boolean }[] {
  if (!draft.kind) return [];
  return KIND_RULES[draft.kind].dates
    .filter((spec) => !(draft.kind === 'titre-sejour' && spec.field === 'filedOn' && !draft.filed))
    .map((spec) => ({ field: spec.field, required: spec.required || (draft.kind === 'titre-sejour' && spec.field === 'filedOn') }));
}

function check(draft: Draft, id: string): { doc?: TrackedDocument; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!draft.kind) return { problems: [{ field: 'kind' }] };
  const doc: TrackedDocument = { id, kind: draft.kind, label: draft.label, ...draft.flags };
  for (const { field, required } of visibleDates(draft)) {
    const typed = draft.dates[field];
    if (!typed.trim() && !required) continue;
    const parsed = parseTypedDate(typed);
    if (parsed.ok) doc[field] = parsed.value;
    else problems.push({ field, error: parsed.error });
  }
  if (draft.kind === 'proof') {
    if (draft.maxAgeMonths) doc.maxAgeMonths = draft.maxAgeMonths;
    else problems.push({ field: 'maxAgeMonths' });
  }
  return problems.length ? { problems } : { doc: tidyDocument(doc), problems };
}

export function DocumentForm({ initial, onSave, onCancel }: {
  initial?: TrackedDocument;
  onSave(doc: TrackedDocument): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('documents');
  const base = useId();
  const fieldId = (name: string) => `${base}-${name}`;
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [problems, setProblems] = useState<Problem[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (attempt > 0 && problems.length > 0) summaryRef.current?.focus();
  }, [attempt, problems.length]);

  const set = (patch: Partial<Draft> | ((current: Draft) => Partial<Draft>)) =>
    setDraft((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }));
  const problemOf = (field: string) => problems.find((problem) => problem.field === field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = check(draft, initial?.id ?? crypto.randomUUID());
    setProblems(result.problems);
    setAttempt((n) => n + 1);
    if (result.doc) onSave(result.doc);
  };

  const rule = draft.kind ? KIND_RULES[draft.kind] : undefined;
  const labelFor = (field: DateFieldName) => (field === 'filedOn' ? t(`form.filedOn.${draft.kind}`) : t(`form.${field}`));
  const problemText = (problem: Problem) => {
    if (problem.field === 'kind') return t('form.kindMissing');
    if (problem.field === 'maxAgeMonths') return t('form.maxAgeMissing');
    return null;
  };

  return (
    <form className="repere-doc-form" onSubmit={submit} noValidate aria-labelledby={fieldId('title')}>
      <h3 id={fieldId('title')} ref={headingRef} tabIndex={-1}>{initial ? t('form.editTitle') : t('form.addTitle')}</h3>

      {problems.length > 0 ? (
        <div className="repere-alert" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>{t('form.errorSummary', { count: problems.length })}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.field}>
                <a href={`#${fieldId(problem.field)}`} onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(problem.field))?.focus();
                }}>
                  {'error' in problem ? (
                    <>{labelFor(problem.field)} — <DateError error={problem.error} typed={draft.dates[problem.field]} /></>
                  ) : problemText(problem)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className={problemOf('kind') ? 'repere-field is-invalid' : 'repere-field'}>
        <label htmlFor={fieldId('kind')}>{t('form.kind')}</label>
        <select
          id={fieldId('kind')}
          value={draft.kind}
          aria-invalid={problemOf('kind') ? true : undefined}
          onChange={(event) => set({ kind: event.target.value as DocumentKind })}
        >
          <option value="" disabled>—</option>
          {DOCUMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>{plainText(t(`kinds.${kind}`))}</option>
          ))}
        </select>
      </div>

      {rule?.label ? (
        <div className="repere-field">
          <label htmlFor={fieldId('label')}>{t('form.label')}</label>
          <p id={fieldId('label-hint')} className="repere-field__hint">{t('form.labelHint')}</p>
          <input
            id={fieldId('label')}
            type="text"
            maxLength={MAX_LABEL_LENGTH}
            autoComplete="off"
            aria-describedby={fieldId('label-hint')}
            value={draft.label}
            onChange={(event) => set({ label: event.target.value })}
          />
        </div>
      ) : null}

      {draft.kind === 'titre-sejour' ? (
        <>
          <Check id={fieldId('onAnef')} checked={draft.flags.onAnef} label={t('form.onAnef')} hint={t('form.onAnefHint')}
            onChange={(onAnef) => set((current) => ({ flags: { ...current.flags, onAnef } }))} />
          <Check id={fieldId('longCard')} checked={draft.flags.longCard} label={t('form.longCard')}
            onChange={(longCard) => set((current) => ({ flags: { ...current.flags, longCard } }))} />
        </>
      ) : null}
      {draft.kind === 'vls-ts' ? (
        <Check id={fieldId('validated')} checked={draft.flags.validated} label={t('form.validated')}
          onChange={(validated) => set((current) => ({ flags: { ...current.flags, validated } }))} />
      ) : null}

      {visibleDates(draft).filter((spec) => spec.field !== 'filedOn' || draft.kind !== 'titre-sejour').map(({ field, required }) => dateField(field, required))}

      {draft.kind === 'titre-sejour' ? (
        <>
          <Check id={fieldId('filed')} checked={draft.filed} label={t('form.filed')} hint={t('form.filedHint')}
            onChange={(filed) => set({ filed })} />
          {draft.filed ? dateField('filedOn', true) : null}
        </>
      ) : null}

      {draft.kind === 'proof' ? (
        <fieldset className={problemOf('maxAgeMonths') ? 'repere-field repere-choice is-invalid' : 'repere-field repere-choice'}>
          <legend>{t('form.maxAge')}</legend>
          <p className="repere-field__hint">{t('form.maxAgeHint')}</p>
          {([3, 6] as const).map((months) => (
            <div className="repere-check" key={months}>
              <input
                id={fieldId(months === 3 ? 'maxAgeMonths' : 'months6')}
                type="radio"
                name={fieldId('maxAge')}
                checked={draft.maxAgeMonths === months}
                onChange={() => set({ maxAgeMonths: months })}
              />
              <label htmlFor={fieldId(months === 3 ? 'maxAgeMonths' : 'months6')}>{t(`form.months${months}`)}</label>
            </div>
          ))}
        </fieldset>
      ) : null}

      <div className="repere-doc-form__actions">
        <button type="submit" className="repere-button">{t('actions.save')}</button>
        <button type="button" className="repere-button repere-button--secondary" onClick={onCancel}>{t('actions.cancel')}</button>
      </div>
    </form>
  );

  /** One date field (a render helper, not a component: a component defined here would remount on every key). */
  function dateField(field: DateFieldName, required: boolean) {
    const problem = problemOf(field);
    return (
      <DateField
        key={field}
        id={fieldId(field)}
        label={labelFor(field)}
        required={required}
        value={draft.dates[field]}
        onChange={(value) => set((current) => ({ dates: { ...current.dates, [field]: value } }))}
        error={problem && 'error' in problem ? problem.error : undefined}
      />
    );
  }
}

function Check({ id, checked, label, hint, onChange }: { id: string; checked: boolean; label: string; hint?: string; onChange(value: boolean): void }) {
  return (
    <div className="repere-field repere-field--check">
      <div className="repere-check">
        <input id={id} type="checkbox" checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => onChange(event.target.checked)} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? <p id={`${id}-hint`} className="repere-field__hint">{hint}</p> : null}
    </div>
  );
}
