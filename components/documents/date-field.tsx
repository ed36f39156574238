/**
 * A date typed as printed on the card (`JJ/MM/AAAA`, Latin digits in every language) or picked in
 * the browser's calendar, which fills the typed field. What was typed is never changed or lost:
 * a wrong date stays in the field with a message saying what is wrong.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFrenchDate } from '../../utils/dates/format.ts';
import { parseTypedDate, type TypedDateError } from '../../utils/deadlines/input.ts';
import { Rich } from '../shared/rich-text.tsx';

export interface DateFieldProps {
  id: string;
  label: string;
  required: boolean;
  value: string;
  onChange(value: string): void;
  /** Set after a submit that failed on this field. */
  error?: TypedDateError;
}

/** The message of a date error (`typed` is what the person wrote). */
export function DateError({ error, typed }: { error: TypedDateError; typed: string }) {
  const values: Record<string, string | number> = { typed: typed.trim() };
  if (error.reason === 'month') values.month = String(error.month).padStart(2, '0');
  if (error.reason === 'day') Object.assign(values, { daysInMonth: error.daysInMonth, year: String(error.year) });
  return <Rich ns="documents" k={`dateErrors.${error.reason}`} values={values} />;
}

export function DateField({ id, label, required, value, onChange, error }: DateFieldProps) {
  const { t } = useTranslation('documents');
  const hintId = useId();
  const errorId = useId();
  const pickerId = useId();
  const parsed = parseTypedDate(value);
  return (
    <div className={error ? 'repere-field repere-date is-invalid' : 'repere-field repere-date'}>
      <label htmlFor={id}>
        {label}
        {required ? null : <> {t('form.optional')}</>}
      </label>
      <p id={hintId} className="repere-field__hint">{t('form.dateHint')}</p>
      {error ? (
        <p id={errorId} className="repere-field__error">
          <DateError error={error} typed={value} />
        </p>
      ) : null}
      <div className="repere-date__inputs">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          dir="ltr"
          lang="fr"
          placeholder="JJ/MM/AAAA"
          size={12}
          value={value}
          aria-required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => onChange(event.target.value)}
        />
        <span className="repere-date__picker">
          <label htmlFor={pickerId}>
            {t('form.pick')}
            {/* Several date fields may be on screen: each picker is named after its field. */}
            <span className="repere-visually-hidden"> ({label})</span>
          </label>
          <input
            id={pickerId}
            type="date"
            min="1900-01-01"
            max="2199-12-31"
            value={parsed.ok ? parsed.value : ''}
            onChange={(event) => {
              if (event.target.value) onChange(formatFrenchDate(event.target.value));
            }}
          />
        </span>
      </div>
    </div>
  );
}
