/**
 * Form pieces the failure screens share: a labelled field with its hint, date and time inputs
 * with the "date needed" message, a radio group, the submit/cancel row with its status line, a
 * draft hook, and lists of translated lines and sources.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceId } from '../../utils/legal/sources.ts';
import { SourceLine } from '../shared/source-line.tsx';

/** A form's working copy: `set` changes some fields and clears the "saved" message. */
export function useDraft<T>(initial: () => T) {
  const [draft, setDraft] = useState<T>(initial);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<T>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  };
  return { draft, setDraft, set, saved, setSaved };
}

export function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="repere-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <span id={`${id}-hint`} className="repere-hint">{hint}</span> : null}
    </div>
  );
}

/** A one-line or multi-line text field (`rows` makes it a textarea). */
export function TextField({ id, label, value, onChange, max, rows, hint, lang }: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  max: number;
  rows?: number;
  hint?: string;
  lang?: string;
}) {
  const described = hint ? `${id}-hint` : undefined;
  return (
    <Field id={id} label={label} hint={hint}>
      {rows ? (
        <textarea id={id} rows={rows} value={value} maxLength={max} lang={lang} aria-describedby={described} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input id={id} value={value} maxLength={max} lang={lang} aria-describedby={described} onChange={(event) => onChange(event.target.value)} />
      )}
    </Field>
  );
}

export function DateTimeFields({ id, dateLabel, timeLabel, date, time, invalid, onDate, onTime }: {
  id: string;
  dateLabel: string;
  timeLabel: string;
  date: string;
  time: string;
  invalid: boolean;
  onDate(value: string): void;
  onTime(value: string): void;
}) {
  const { t } = useTranslation('failure');
  return (
    <div className="repere-row">
      <div className="repere-field">
        <label htmlFor={`${id}-date`}>{dateLabel}</label>
        <input id={`${id}-date`} type="date" required value={date} aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-date-error` : undefined} onChange={(event) => onDate(event.target.value)} />
        {invalid ? <span id={`${id}-date-error`} role="alert" className="repere-error">{t('dateRequired')}</span> : null}
      </div>
      <div className="repere-field">
        <label htmlFor={`${id}-time`}>{timeLabel}</label>
        <input id={`${id}-time`} type="time" value={time} onChange={(event) => onTime(event.target.value)} />
      </div>
    </div>
  );
}

export function RadioChoices<T extends string>({ id, legend, options, value, onChange }: {
  id: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
}) {
  return (
    <fieldset className="repere-choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <div className="repere-check" key={option.value}>
          <input type="radio" id={`${id}-${option.value}`} name={id} checked={value === option.value} onChange={() => onChange(option.value)} />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Submit (and cancel when editing), then the status line that says it was saved. */
export function FormFooter({ submitLabel, onCancel, status }: { submitLabel: string; onCancel?(): void; status: string }) {
  const { t } = useTranslation('failure');
  return (
    <>
      <div className="repere-actions">
        <button type="submit" className="repere-button">{submitLabel}</button>
        {onCancel ? <button type="button" className="repere-button repere-button--secondary" onClick={onCancel}>{t('cancel')}</button> : null}
      </div>
      <p role="status">{status}</p>
    </>
  );
}

/** A bulleted list of translated lines. */
export function Lines({ keys }: { keys: readonly string[] }) {
  const { t } = useTranslation('failure');
  return <ul>{keys.map((key) => <li key={key}>{t(key)}</li>)}</ul>;
}

export function Sources({ ids }: { ids: readonly SourceId[] }) {
  return <>{ids.map((id) => <SourceLine key={id} id={id} />)}</>;
}
