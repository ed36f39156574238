/**
 * "Next person" (shared computers: one tap locks, empties the session and goes back to a neutral
 * start) and "Lock now" (when there is a key to forget). Used in the panel, the popup and the
 * dashboard; they send nothing personal and work from the panel on ANEF too.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import { useLockState } from './use-privacy.ts';

export function NextPersonButton() {
  const { t } = useTranslation('privacy');
  const { mode } = useLockState();
  const [done, setDone] = useState(false);
  if (mode === 'own') return null;
  return (
    <div className="repere-next-person">
      <button
        type="button"
        className="repere-button repere-button--secondary"
        onClick={() => {
          setDone(false);
          void sendMessage('nextPerson').then(() => setDone(true)).catch(() => {});
        }}
      >
        <NextPersonIcon />
        {t('nextPerson.button')}
      </button>
      <p role="status" className="repere-next-person__status">{done ? t('nextPerson.done') : ''}</p>
    </div>
  );
}

export function LockNowButton() {
  const { t } = useTranslation('privacy');
  return (
    <button type="button" className="repere-button repere-button--secondary" onClick={() => void sendMessage('lockNow').catch(() => {})}>
      <LockIcon />
      {t('lockNow')}
    </button>
  );
}

export function LockIcon({ size = 22 }: { size?: number }) {
  return (
    <svg className="repere-icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <rect x="5" y="10.5" width="14" height="10" rx="2" />
        <path d="M8 10.5V8a4 4 0 0 1 8 0v2.5M12 14.5v2.5" />
      </g>
    </svg>
  );
}

function NextPersonIcon({ size = 22 }: { size?: number }) {
  return (
    <svg className="repere-icon repere-mirror" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <circle cx="8" cy="7" r="3" />
        <path d="M2.5 20c0-3.5 2.5-6 5.5-6s5.5 2.5 5.5 6M15 12h7M19 9l3 3-3 3" />
      </g>
    </svg>
  );
}
