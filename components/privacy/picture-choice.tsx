/**
 * Choosing a picture: a radio group of pictures, each with its name as text. Used to pick a
 * picture for a new protected profile, and on the lock screen to say which profile is yours.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictureId } from '../../utils/storage/items.ts';
import { Picture } from './pictures.tsx';

export interface PictureOption {
  /** What the choice stands for (a picture id, or a profile id on the lock screen). */
  value: string;
  picture: PictureId;
  /** Extra words after the picture's name (e.g. when the profile was created). */
  detail?: string;
}

export function PictureChoice({ legend, options, value, onChange, error }: {
  legend: string;
  options: readonly PictureOption[];
  value: string | null;
  onChange(value: string): void;
  error?: string;
}) {
  const { t } = useTranslation('privacy');
  const name = useId();
  const errorId = useId();
  return (
    <fieldset className="repere-pictures" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="repere-pictures__grid">
        {options.map((option) => (
          <label key={option.value} className="repere-pictures__option">
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <Picture id={option.picture} />
            <span>
              {t(`picture.${option.picture}`)}
              {option.detail ? <span className="repere-pictures__detail">{option.detail}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? <p id={errorId} className="repere-field__error" role="alert">{error}</p> : null}
    </fieldset>
  );
}
