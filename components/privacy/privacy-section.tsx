/**
 * "Privacy & this computer" (dashboard): whose computer this is (and changing it), who is in this
 * session, "next person" and "lock now", protected profiles (shared computer) or the passphrase
 * (own device), the automatic lock, the backup file, "erase everything", and what Repère keeps.
 * While Repère is locked, only the unlock screen and the settings that hold nothing personal show.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveMinutes, MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES } from '../../utils/crypto/lock-policy.ts';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import { MIN_PASSPHRASE_LENGTH } from '../../utils/privacy/passphrase.ts';
import { policyMode } from '../../utils/privacy/session-model.ts';
import type { PrivacyState } from '../../utils/privacy/session.ts';
import { lockSettingsItem, type PictureId } from '../../utils/storage/items.ts';
import { followItem } from '../../utils/storage/validated-item.ts';
import { useDates } from '../shared/use-dates.ts';
import { BackupSection } from './backup-section.tsx';
import { EraseEverything } from './erase-everything.tsx';
import { LockScreen } from './lock-screen.tsx';
import { ModeChooser } from './mode-chooser.tsx';
import { useNewPassphrase } from './passphrase-field.tsx';
import { Picture } from './pictures.tsx';
import { ProfileForm } from './profile-form.tsx';
import { LockNowButton, NextPersonButton } from './session-buttons.tsx';
import { outcomeOf, usePrivacyState } from './use-privacy.ts';

export function PrivacySection() {
  const { t } = useTranslation('privacy');
  const state = usePrivacyState();
  if (!state) return <div className="repere-dashboard__section"><p>{t('loading')}</p></div>;
  const locked = state.session === 'locked';
  return (
    <div className="repere-dashboard__section repere-privacy">
      <ThisComputer state={state} />
      {locked ? <LockScreen state={state} /> : <ThisSession state={state} />}
      {state.mode === 'own' && !locked ? <OwnPassphrase state={state} /> : null}
      {state.mode === 'shared' || state.profiles.length > 0 ? <Profiles state={state} /> : null}
      <AutoLock state={state} />
      {!locked ? <BackupSection /> : null}
      {!locked ? (
        <section aria-labelledby="repere-erase-title">
          <h2 id="repere-erase-title">{t('erase.title')}</h2>
          <p>{t('erase.intro')}</p>
          <EraseEverything />
        </section>
      ) : null}
      <section aria-labelledby="repere-keeps-title">
        <h2 id="repere-keeps-title">{t('facts.title')}</h2>
        <p>{t('facts.nothingSent')}</p>
        <p>{t('facts.noPasswords')}</p>
        <p>{t('facts.noLogs')}</p>
        <p><a href="privacy.html">{t('common:privacyStatement')}</a></p>
      </section>
    </div>
  );
}

function ThisComputer({ state }: { state: PrivacyState }) {
  const { t } = useTranslation('privacy');
  return (
    <section aria-labelledby="repere-computer-title">
      <h2 id="repere-computer-title">{t('mode.title')}</h2>
      <p>{t(`mode.${state.mode ?? 'unknown'}`)}</p>
      {state.mode === null ? (
        <ModeChooser state={state} headingLevel={3} />
      ) : (
        <details className="repere-change">
          <summary>{t('mode.change')}</summary>
          <ModeChooser state={state} headingLevel={3} />
        </details>
      )}
    </section>
  );
}

function ThisSession({ state }: { state: PrivacyState }) {
  const { t } = useTranslation('privacy');
  const active = state.profiles.find((profile) => profile.id === state.activeProfile);
  return (
    <section aria-labelledby="repere-session-title">
      <h2 id="repere-session-title">{t('session.title')}</h2>
      {active ? (
        <p className="repere-session__profile">
          <Picture id={active.picture} size={40} /> {t('session.profile', { picture: t(`picture.${active.picture}`) })}
        </p>
      ) : (
        <p>{t(`session.${state.session === 'own-vault' ? 'ownVault' : state.session}`)}</p>
      )}
      <div className="repere-buttons">
        <NextPersonButton />
        {state.session === 'own-vault' || state.session === 'profile' ? <LockNowButton /> : null}
      </div>
    </section>
  );
}

function Profiles({ state }: { state: PrivacyState }) {
  const { t } = useTranslation('privacy');
  const { long } = useDates();
  const [created, setCreated] = useState(false);
  return (
    <section aria-labelledby="repere-profiles-title">
      <h2 id="repere-profiles-title">{t('profiles.title')}</h2>
      <p>{t('profiles.intro')}</p>
      {state.mode === 'shared' && state.session === 'guest' ? (
        <details className="repere-change">
          <summary>{t('profiles.create')}</summary>
          <p>{t('profiles.createIntro')}</p>
          <ProfileForm
            taken={state.profiles.map((profile) => profile.picture)}
            submitLabel={t('profiles.createButton')}
            onSubmit={async (picture, passphrase) => {
              const code = await outcomeOf(sendMessage('createProfile', { picture, passphrase }));
              if (!code) setCreated(true);
              return code ? t(`error.${code}`) : null;
            }}
          />
        </details>
      ) : null}
      <p role="status">{created ? t('profiles.created') : ''}</p>
      <h3>{t('profiles.list')}</h3>
      {state.profiles.length === 0 ? (
        <p>{t('profiles.none')}</p>
      ) : (
        <ul className="repere-profile-list">
          {state.profiles.map((profile) => (
            <ProfileRow
              key={profile.id}
              id={profile.id}
              picture={profile.picture}
              detail={t('profiles.createdOn', { date: long(profile.createdOn) })}
              open={profile.id === state.activeProfile}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProfileRow({ id, picture, detail, open }: { id: string; picture: PictureId; detail: string; open: boolean }) {
  const { t } = useTranslation('privacy');
  const [asking, setAsking] = useState(false);
  const name = t(`picture.${picture}`);
  return (
    <li className="repere-profile-list__item">
      <Picture id={picture} size={40} />
      <span className="repere-profile-list__name">
        {name} <span className="repere-pictures__detail">{detail}{open ? ` ${t('profiles.open')}` : ''}</span>
      </span>
      {asking ? (
        <span className="repere-alert repere-profile-list__confirm">
          <span>{t('profiles.deleteConfirm', { picture: name })}</span>
          <span className="repere-buttons">
            <button type="button" className="repere-button repere-button--danger" onClick={() => void sendMessage('deleteProfile', { id }).catch(() => {})}>
              {t('profiles.deleteYes')}
            </button>
            <button type="button" className="repere-button repere-button--secondary" onClick={() => setAsking(false)}>
              {t('profiles.cancel')}
            </button>
          </span>
        </span>
      ) : (
        <button type="button" className="repere-button repere-button--secondary" onClick={() => setAsking(true)}>
          {t('profiles.delete', { picture: name })}
        </button>
      )}
    </li>
  );
}

function OwnPassphrase({ state }: { state: PrivacyState }) {
  const { t } = useTranslation('privacy');
  const secret = useNewPassphrase({ label: t('passphrase.new'), hint: t('passphrase.hint', { min: MIN_PASSPHRASE_LENGTH }) });
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const passphrase = secret.validate();
    if (passphrase === null) return;
    setError(undefined);
    setBusy(true);
    const code = await outcomeOf(sendMessage('setOwnPassphrase', { passphrase }));
    setBusy(false);
    if (code) return setError(t(`error.${code}`));
    secret.reset();
    setMessage(t('ownPassphrase.saved'));
  };

  const remove = async () => {
    const code = await outcomeOf(sendMessage('removeOwnPassphrase'));
    if (code) setError(t(`error.${code}`));
    else setMessage(t('ownPassphrase.removed'));
  };

  return (
    <section aria-labelledby="repere-own-passphrase-title">
      <h2 id="repere-own-passphrase-title">{t('ownPassphrase.title')}</h2>
      <p>{t(state.ownPassphrase ? 'ownPassphrase.on' : 'ownPassphrase.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        noValidate
      >
        {secret.fields}
        <p className="repere-notice">{t('passphrase.noRecovery')}</p>
        {error ? <p className="repere-alert" role="alert">{error}</p> : null}
        <button type="submit" className="repere-button" disabled={busy}>
          {t(state.ownPassphrase ? 'ownPassphrase.change' : 'ownPassphrase.set')}
        </button>
      </form>
      {state.ownPassphrase ? (
        <>
          <p>{t('ownPassphrase.removeText')}</p>
          <button type="button" className="repere-button repere-button--secondary" onClick={() => void remove()}>
            {t('ownPassphrase.remove')}
          </button>
        </>
      ) : null}
      <p role="status">{busy ? t('profiles.busy') : message}</p>
    </section>
  );
}

const MINUTE_CHOICES = [1, 2, 3, 5, 10, 15, 20, 30].filter((value) => value >= MIN_AUTO_LOCK_MINUTES && value <= MAX_AUTO_LOCK_MINUTES);

function AutoLock({ state }: { state: PrivacyState }) {
  const { t } = useTranslation('privacy');
  const id = useId();
  const noteId = useId();
  const [stored, setStored] = useState<number | null | undefined>(undefined);
  useEffect(() => followItem(lockSettingsItem, (value) => setStored(value.autoLockMinutes)).unwatch, []);
  if (stored === undefined) return null;
  const mode = policyMode(state.mode);
  const minutes = effectiveMinutes({ autoLockMinutes: stored, mode });
  const notes = [
    t('autoLock.warning'),
    t('autoLock.screen'),
    state.mode !== 'own' ? t('autoLock.guest') : null,
    state.mode === 'own' && !state.ownPassphrase ? t('autoLock.needsPassphrase') : null,
  ].filter(Boolean);
  return (
    <section aria-labelledby="repere-autolock-title">
      <h2 id="repere-autolock-title">{t('autoLock.title')}</h2>
      <div className="repere-field">
        <label htmlFor={id}>{t('autoLock.label')}</label>
        <select
          id={id}
          aria-describedby={noteId}
          value={minutes === null ? 'never' : String(minutes)}
          onChange={(event) => {
            const value = event.target.value === 'never' ? null : Number(event.target.value);
            void lockSettingsItem.setValue({ autoLockMinutes: value });
          }}
        >
          {[...new Set([...MINUTE_CHOICES, ...(minutes === null ? [] : [minutes])])].sort((a, b) => a - b).map((value) => (
            <option key={value} value={value}>{t('autoLock.minutes', { count: value })}</option>
          ))}
          {mode === 'own' ? <option value="never">{t('autoLock.never')}</option> : null}
        </select>
      </div>
      <ul id={noteId}>
        {notes.map((note) => <li key={note}>{note}</li>)}
      </ul>
    </section>
  );
}
