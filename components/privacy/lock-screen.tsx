/**
 * The unlock screen, in Repère's own pages only (never on ANEF's page): on the own device, the
 * passphrase; on a shared computer, the pictures of the protected profiles (never a name), the
 * passphrase, and "continue without a profile". A forgotten own-device passphrase cannot be
 * recovered by anyone: the way out is to erase and start again.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import type { PrivacyState } from '../../utils/privacy/session.ts';
import { useDates } from '../shared/use-dates.ts';
import { EraseEverything } from './erase-everything.tsx';
import { PassphraseField } from './passphrase-field.tsx';
import { PictureChoice } from './picture-choice.tsx';
import { LockIcon } from './session-buttons.tsx';
import { outcomeOf } from './use-privacy.ts';

export function LockScreen({ state }: { state: PrivacyState }) {
  return state.mode === 'own' ? <OwnUnlock /> : <ProfileUnlock state={state} />;
}

function useUnlockForm() {
  const { t } = useTranslation('privacy');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (target: { kind: 'own' } | { kind: 'profile'; id: string }) => {
    setBusy(true);
    setError(undefined);
    const code = await outcomeOf(sendMessage('unlock', { target, passphrase }));
    setBusy(false);
    if (code) setError(t(`error.${code}`));
    else setPassphrase('');
  };
  const fields = (
    <>
      <PassphraseField label={t('passphrase.label')} purpose="current" value={passphrase} onChange={setPassphrase} error={error} />
      <button type="submit" className="repere-button" disabled={busy}>
        {t('unlock.button')}
      </button>
      <p role="status">{busy ? t('unlock.busy') : ''}</p>
    </>
  );
  return { fields, submit };
}

function OwnUnlock() {
  const { t } = useTranslation('privacy');
  const form = useUnlockForm();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit({ kind: 'own' });
  };
  return (
    <section className="repere-lock-screen" aria-labelledby="repere-unlock-title">
      <h2 id="repere-unlock-title"><LockIcon /> {t('unlock.ownTitle')}</h2>
      <p>{t('unlock.ownIntro')}</p>
      <form onSubmit={onSubmit}>
        {form.fields}
      </form>
      <details className="repere-lock-screen__forgot">
        <summary>{t('unlock.forgot')}</summary>
        <p>{t('unlock.forgotText')}</p>
        <EraseEverything />
      </details>
    </section>
  );
}

function ProfileUnlock({ state }: { state: PrivacyState }) {
  const { t } = useTranslation('privacy');
  const { long } = useDates();
  const form = useUnlockForm();
  const [chosen, setChosen] = useState<string | null>(state.profiles.length === 1 ? state.profiles[0]!.id : null);
  const [pictureError, setPictureError] = useState<string>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setPictureError(t('unlock.choosePicture'));
      return;
    }
    setPictureError(undefined);
    void form.submit({ kind: 'profile', id: chosen });
  };
  return (
    <section className="repere-lock-screen" aria-labelledby="repere-unlock-title">
      <h2 id="repere-unlock-title"><LockIcon /> {t('unlock.profilesTitle')}</h2>
      <p>{t('unlock.profilesIntro')}</p>
      <form onSubmit={onSubmit}>
        <PictureChoice
          legend={t('unlock.pictureLegend')}
          options={state.profiles.map((profile) => ({ value: profile.id, picture: profile.picture, detail: t('profiles.createdOn', { date: long(profile.createdOn) }) }))}
          value={chosen}
          onChange={(value) => {
            setChosen(value);
            setPictureError(undefined);
          }}
          error={pictureError}
        />
        {form.fields}
      </form>
      <div className="repere-lock-screen__guest">
        <p>{t('unlock.guestHelp')}</p>
        <button type="button" className="repere-button repere-button--secondary" onClick={() => void sendMessage('startGuest').catch(() => {})}>
          {t('unlock.guest')}
        </button>
      </div>
    </section>
  );
}
