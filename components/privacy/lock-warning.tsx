/**
 * The 30-second warning before an automatic lock (WCAG 2.2.1: the person can extend the time with
 * one simple action). Shown in the panel, the popup and every dashboard page while the lock state
 * holds a warning; says whether the lock will erase a session without a profile. One big button:
 * "I'm still here". The sentence is announced once (role="alert"); the seconds that tick down are
 * only drawn, so that a screen reader is not interrupted every second.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import type { LockStateValue } from '../../utils/storage/items.ts';
import { WarningIcon } from '../shared/icons.tsx';
import { useLockState } from './use-privacy.ts';

const secondsLeft = (endsAt: number, now: number) => Math.max(0, Math.ceil((endsAt - now) / 1000));

export function LockWarning() {
  const { lock } = useLockState();
  const warning = lock.state === 'open' ? lock.warning : null;
  // A new warning (another end time) starts a fresh banner.
  return warning ? <Warning key={warning.endsAt} warning={warning} /> : null;
}

function Warning({ warning }: { warning: NonNullable<LockStateValue['warning']> }) {
  const { t } = useTranslation('privacy');
  const [now, setNow] = useState(() => Date.now());
  const [announced] = useState(() => secondsLeft(warning.endsAt, Date.now()));

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  return (
    <div className="repere-alert repere-lock-warning">
      <p role="alert">
        <WarningIcon size={22} />{' '}
        {t(warning.erase ? 'warning.erase' : 'warning.lock', { count: announced })}
      </p>
      <p className="repere-lock-warning__count" aria-hidden="true">{secondsLeft(warning.endsAt, now)}</p>
      <button type="button" className="repere-button repere-lock-warning__button" onClick={() => void sendMessage('stillHere').catch(() => {})}>
        {t('warning.stillHere')}
      </button>
    </div>
  );
}
