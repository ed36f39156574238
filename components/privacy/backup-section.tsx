/**
 * A file the person keeps (facts/users-languages.md §4.2, item 7): an encrypted backup made with a
 * passphrase they choose (utils/backup/backup.ts `createBackup`), downloaded through a link (no
 * downloads permission), then the advice to move it to their phone or USB key and delete it here,
 * and a readable summary to print. Importing reads the file with `parseBackup` (design/contracts.md),
 * opens it with the passphrase and only then replaces this session's data: any error is told in
 * plain words and changes nothing.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createBackup, MAX_BACKUP_BYTES, openBackup, parseBackup, type BackupEnvelope } from '../../utils/backup/backup.ts';
import { civilToday } from '../../utils/deadlines/civil.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../../utils/i18n/languages.ts';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import { MIN_PASSPHRASE_LENGTH } from '../../utils/privacy/passphrase.ts';
import { useProfileStore } from '../../utils/state/profile-store.ts';
import { useSettingsStore } from '../../utils/state/settings-store.ts';
import { downloadFile } from '../shared/download.ts';
import { PassphraseField, useNewPassphrase } from './passphrase-field.tsx';
import { outcomeOf } from './use-privacy.ts';

/** The error code at the start of a backup error ("damaged: …" → "damaged"). */
export function backupErrorCode(error: string): string {
  const code = error.split(':')[0] ?? '';
  return ['not-text', 'too-large', 'not-json', 'not-a-backup', 'unknown-version', 'damaged', 'wrong-passphrase'].includes(code) ? code : 'damaged';
}

export function BackupSection() {
  const { t } = useTranslation('privacy');
  return (
    <section aria-labelledby="repere-backup-title" className="repere-backup">
      <h2 id="repere-backup-title">{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <ExportBackup />
      <ImportBackup />
    </section>
  );
}

function ExportBackup() {
  const { t } = useTranslation('privacy');
  const profile = useProfileStore((state) => state.profile);
  const language = useSettingsStore((state) => state.settings.language);
  const secret = useNewPassphrase({ label: t('backup.passphrase'), hint: t('backup.passphraseHint', { min: MIN_PASSPHRASE_LENGTH }) });
  const [file, setFile] = useState<string>();
  const [busy, setBusy] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const passphrase = secret.validate();
    if (!profile || passphrase === null) return;
    setBusy(true);
    const today = civilToday(new Date());
    const text = await createBackup({ profile, ...(language ? { language } : {}) }, passphrase, today);
    const name = `repere-${today}.repere-backup.json`;
    downloadFile(name, 'application/json', text);
    setBusy(false);
    secret.reset();
    setFile(name);
    requestAnimationFrame(() => doneRef.current?.focus());
  };

  return (
    <div className="repere-slot">
      <h3>{t('backup.exportTitle')}</h3>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {secret.fields}
        <button type="submit" className="repere-button" disabled={busy || !profile}>
          {t('backup.export')}
        </button>
        <p role="status">{busy ? t('backup.busy') : ''}</p>
      </form>
      {file ? (
        <div ref={doneRef} tabIndex={-1} className="repere-notice repere-backup__done">
          <p role="status">{t('backup.exported', { file })}</p>
          <p><strong>{t('backup.move')}</strong></p>
          <a className="repere-button repere-button--secondary" href="summary.html" target="_blank" rel="noopener">
            {t('backup.summary')}
          </a>
        </div>
      ) : null}
    </div>
  );
}

function ImportBackup() {
  const { t } = useTranslation('privacy');
  const update = useSettingsStore((state) => state.update);
  const fileId = useId();
  const fileErrorId = useId();
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<{ field: 'file' | 'passphrase'; text: string }>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const fail = (field: 'file' | 'passphrase', code: string) => {
    setError({ field, text: t(`backup.error.${code}`) });
    setBusy(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!file) return fail('file', 'no-file');
    if (file.size > MAX_BACKUP_BYTES) return fail('file', 'too-large');
    setBusy(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail('file', 'not-text');
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) return fail('file', backupErrorCode(parsed.error));
    const opened = await openBackup(parsed.value as BackupEnvelope, passphrase);
    if (!opened.ok) {
      const code = backupErrorCode(opened.error);
      return fail(code === 'wrong-passphrase' ? 'passphrase' : 'file', code);
    }
    const code = await outcomeOf(sendMessage('restoreProfile', { profile: opened.value.profile }));
    if (code) return fail('file', code === 'locked' ? 'locked' : 'failed');
    const language = opened.value.language;
    if (language && (LANGUAGE_CODES as readonly string[]).includes(language)) await update({ language: language as LanguageCode });
    setError(undefined);
    setBusy(false);
    setPassphrase('');
    setDone(true);
  };

  return (
    <div className="repere-slot">
      <h3>{t('backup.importTitle')}</h3>
      <p>{t('backup.replaceWarning')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="repere-field">
          <label htmlFor={fileId}>{t('backup.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            aria-invalid={error?.field === 'file' ? true : undefined}
            aria-describedby={error?.field === 'file' ? fileErrorId : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0]);
              setError(undefined);
            }}
          />
          {error?.field === 'file' ? <p id={fileErrorId} className="repere-field__error" role="alert">{error.text}</p> : null}
        </div>
        <PassphraseField
          label={t('backup.passphrase')}
          purpose="current"
          value={passphrase}
          onChange={setPassphrase}
          error={error?.field === 'passphrase' ? error.text : undefined}
        />
        <button type="submit" className="repere-button" disabled={busy}>
          {t('backup.import')}
        </button>
        <p role="status">{busy ? t('backup.busyImport') : done ? t('backup.imported') : ''}</p>
      </form>
    </div>
  );
}
