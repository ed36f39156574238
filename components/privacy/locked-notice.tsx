/**
 * What the panel and the popup show in place of the person's data while Repère is locked: only
 * that it is locked, and a way to the unlock screen (in the dashboard: a passphrase is never typed
 * into ANEF's page).
 */
import { useTranslation } from 'react-i18next';
import { LockIcon } from './session-buttons.tsx';

export function LockedNotice({ onUnlock, headingLevel = 3 }: { onUnlock(): void; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('privacy');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="repere-slot repere-locked" aria-labelledby="repere-locked-title">
      <Heading id="repere-locked-title">
        <LockIcon /> {t('locked.title')}
      </Heading>
      <p>{t('locked.text')}</p>
      <button type="button" className="repere-button" onClick={onUnlock}>
        {t('locked.unlock')}
      </button>
    </section>
  );
}
