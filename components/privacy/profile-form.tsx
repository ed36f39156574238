/**
 * Choosing a picture and a passphrase for a protected profile (a new profile on a shared computer,
 * or the data already on this computer moved into one). The passphrase is typed twice (or pasted,
 * or filled by a password manager); it cannot be recovered, and the form says so.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../utils/privacy/passphrase.ts';
import { PICTURE_IDS, type PictureId } from '../../utils/storage/items.ts';
import { useNewPassphrase } from './passphrase-field.tsx';
import { PictureChoice } from './picture-choice.tsx';

export interface ProfileFormProps {
  /** Pictures already used on this computer (each picture once). */
  taken: readonly PictureId[];
  /** false: the data keeps the passphrase it already has (the own device's vault). */
  askPassphrase?: boolean;
  submitLabel: string;
  /** Resolves to an error text to show, or null when it worked. */
  onSubmit(picture: PictureId, passphrase: string): Promise<string | null>;
}

export function ProfileForm({ taken, askPassphrase = true, submitLabel, onSubmit }: ProfileFormProps) {
  const { t } = useTranslation('privacy');
  const [picture, setPicture] = useState<PictureId | null>(null);
  const secret = useNewPassphrase({ label: t('passphrase.new'), hint: t('passphrase.hint', { min: MIN_PASSPHRASE_LENGTH }) });
  const [errors, setErrors] = useState<{ picture?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const free = PICTURE_IDS.filter((id) => !taken.includes(id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(picture ? {} : { picture: t('profiles.choosePicture') });
    const passphrase = askPassphrase ? secret.validate() : '';
    if (!picture || passphrase === null) return;
    setBusy(true);
    const error = await onSubmit(picture, passphrase);
    setBusy(false);
    if (error) setErrors({ form: error });
  };

  if (free.length === 0) return <p>{t('error.too-many-profiles')}</p>;
  return (
    <form className="repere-profile-form" onSubmit={(event) => void submit(event)} noValidate>
      <PictureChoice
        legend={t('profiles.pictureLegend')}
        options={free.map((id) => ({ value: id, picture: id }))}
        value={picture}
        onChange={(value) => setPicture(value as PictureId)}
        error={errors.picture}
      />
      {askPassphrase ? (
        <>
          {secret.fields}
          <p className="repere-notice">{t('passphrase.noRecovery')}</p>
        </>
      ) : null}
      {errors.form ? <p className="repere-alert" role="alert">{errors.form}</p> : null}
      <button type="submit" className="repere-button" disabled={busy}>
        {submitLabel}
      </button>
      <p role="status">{busy ? t('profiles.busy') : ''}</p>
    </form>
  );
}
