/**
 * "Whose computer is this?" — the first-run question, and the same choice later in "Privacy & this
 * computer". When the person declares a shared computer and their data is already here, they
 * choose: move it into a protected profile (picture + passphrase), or delete it. Nothing changes
 * until they chose (utils/privacy/session.ts `chooseMode`).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import type { ExistingDataChoice, PrivacyState } from '../../utils/privacy/session.ts';
import { ProfileForm } from './profile-form.tsx';
import { outcomeOf } from './use-privacy.ts';

type Mode = 'own' | 'shared';

export function ModeChooser({ state, headingLevel = 2, onDone }: { state: PrivacyState; headingLevel?: 2 | 3; onDone?(mode: Mode): void }) {
  const { t } = useTranslation('privacy');
  const name = useId();
  const [mode, setMode] = useState<Mode | null>(state.mode);
  const [error, setError] = useState<string>();
  const [existing, setExisting] = useState(false);
  const [busy, setBusy] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const choose = async (choice?: ExistingDataChoice): Promise<string | null> => {
    if (!mode) return null;
    setBusy(true);
    const code = await outcomeOf(sendMessage('chooseDeviceMode', { mode, ...(choice ? { choice } : {}) }));
    setBusy(false);
    if (code === 'choice-needed') {
      setExisting(true);
      return null;
    }
    if (code) return t(`error.${code}`);
    setExisting(false);
    onDone?.(mode);
    return null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!mode) {
      setError(t('welcome.chooseOne'));
      return;
    }
    setError((await choose()) ?? undefined);
  };

  return (
    <div className="repere-mode">
      <form onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>
            <Heading className="repere-mode__question">{t('welcome.question')}</Heading>
          </legend>
          {(['own', 'shared'] as const).map((value) => (
            <label key={value} className="repere-mode__option">
              <input
                type="radio"
                name={name}
                value={value}
                checked={mode === value}
                onChange={() => {
                  setMode(value);
                  setExisting(false);
                  setError(undefined);
                }}
              />
              <span>
                <strong>{t(`welcome.${value}.label`)}</strong>
                <span className="repere-mode__text">{t(`welcome.${value}.text`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {error ? <p className="repere-alert" role="alert">{error}</p> : null}
        {!existing ? (
          <button type="submit" className="repere-button" disabled={busy || (mode !== null && mode === state.mode)}>
            {t('welcome.confirm')}
          </button>
        ) : null}
      </form>
      {existing ? <ExistingData state={state} onChoose={choose} /> : null}
    </div>
  );
}

/** The data already here, on a computer now declared shared: protect it or delete it. */
function ExistingData({ state, onChoose }: { state: PrivacyState; onChoose(choice: ExistingDataChoice): Promise<string | null> }) {
  const { t } = useTranslation('privacy');
  const [error, setError] = useState<string>();
  const taken = state.profiles.map((profile) => profile.picture);
  return (
    <section className="repere-slot repere-existing" aria-labelledby="repere-existing-title">
      <h3 id="repere-existing-title">{t('earlier.title')}</h3>
      <p>{t('earlier.text')}</p>
      <h4>{t('earlier.protect')}</h4>
      {state.ownPassphrase ? <p>{t('earlier.keepsPassphrase')}</p> : null}
      <ProfileForm
        taken={taken}
        askPassphrase={!state.ownPassphrase}
        submitLabel={t('earlier.protectButton')}
        onSubmit={(picture, passphrase) => onChoose({ action: 'protect', picture, passphrase })}
      />
      <h4>{t('earlier.delete')}</h4>
      <p>{t('earlier.deleteText')}</p>
      {error ? <p className="repere-alert" role="alert">{error}</p> : null}
      <button
        type="button"
        className="repere-button repere-button--danger"
        onClick={() => void onChoose({ action: 'delete' }).then((message) => setError(message ?? undefined))}
      >
        {t('earlier.deleteButton')}
      </button>
    </section>
  );
}
