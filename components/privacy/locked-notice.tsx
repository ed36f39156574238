/**
 * What the panel and the popup show in place of the person's data while Repère is locked: only
 * that it is locked, a way to the unlock screen (in the dashboard: a passphrase is never typed
 * into ANEF's page) and, on a shared computer, "continue without a profile" for the next person
 * (a fresh, empty session: nothing of anyone is opened).
 */
import { useTranslation } from 'react-i18next';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import { LockIcon } from './session-buttons.tsx';
import { useLockState } from './use-privacy.ts';

export function LockedNotice({ onUnlock, headingLevel = 3 }: { onUnlock(): void; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('privacy');
  const { mode } = useLockState();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="repere-slot repere-locked" aria-labelledby="repere-locked-title">
      <Heading id="repere-locked-title">
        <LockIcon /> {t('locked.title')}
      </Heading>
      <p>{t('locked.text')}</p>
      <div className="repere-buttons">
        <button type="button" className="repere-button" onClick={onUnlock}>
          {t('locked.unlock')}
        </button>
        {mode !== 'own' ? (
          <button type="button" className="repere-button repere-button--secondary" onClick={() => void sendMessage('startGuest').catch(() => {})}>
            {t('unlock.guest')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
