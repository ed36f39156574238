/**
 * A passphrase field that never gets in the way (WCAG 3.3.8 accessible authentication): paste is
 * allowed, password managers can fill it (`autocomplete` current-password / new-password), and
 * the person can show what they typed.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { strongEnough } from '../../utils/privacy/passphrase.ts';

export interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** new-password when the person chooses it, current-password when they give it. */
  purpose: 'new' | 'current';
  hint?: string;
  error?: string;
  /** A visible "show" checkbox (one per form is enough). */
  showToggle?: boolean;
  shown?: boolean;
  onShownChange?(shown: boolean): void;
}

export function PassphraseField({ label, value, onChange, purpose, hint, error, showToggle = true, shown: shownProp, onShownChange }: PassphraseFieldProps) {
  const { t } = useTranslation('privacy');
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const [ownShown, setOwnShown] = useState(false);
  const shown = shownProp ?? ownShown;
  const setShown = onShownChange ?? setOwnShown;
  const described = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="repere-field repere-passphrase">
      <label htmlFor={id}>{label}</label>
      {hint ? <p id={hintId} className="repere-field__hint">{hint}</p> : null}
      <input
        id={id}
        type={shown ? 'text' : 'password'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={purpose === 'new' ? 'new-password' : 'current-password'}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {error ? <p id={errorId} className="repere-field__error" role="alert">{error}</p> : null}
      {showToggle ? (
        <div className="repere-check">
          <input id={`${id}-show`} type="checkbox" checked={shown} onChange={(event) => setShown(event.target.checked)} />
          <label htmlFor={`${id}-show`}>{t('passphrase.show')}</label>
        </div>
      ) : null}
    </div>
  );
}

/**
 * A new passphrase typed twice (one "show" checkbox for both), with its checks: long enough, the
 * same twice. `validate()` shows what is wrong and returns the passphrase only when it is fine.
 */
export function useNewPassphrase(options: { label: string; hint: string }) {
  const { t } = useTranslation('privacy');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<{ passphrase?: string; again?: string }>({});

  const validate = (): string | null => {
    if (!strongEnough(passphrase)) return setErrors({ passphrase: t('error.weak-passphrase') }), null;
    if (passphrase !== again) return setErrors({ again: t('passphrase.mismatch') }), null;
    setErrors({});
    return passphrase;
  };
  const reset = () => {
    setPassphrase('');
    setAgain('');
    setErrors({});
  };
  const fields = (
    <>
      <PassphraseField label={options.label} purpose="new" hint={options.hint} value={passphrase} onChange={setPassphrase} error={errors.passphrase} showToggle={false} shown={shown} />
      <PassphraseField label={t('passphrase.again')} purpose="new" value={again} onChange={setAgain} error={errors.again} shown={shown} onShownChange={setShown} />
    </>
  );
  return { fields, validate, reset };
}
