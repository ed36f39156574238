/** The toolbar popup: the next deadline, open the dashboard, "It doesn't work", language. */
import { useTranslation } from 'react-i18next';
import { useProfileStore } from '../../utils/state/profile-store.ts';
import { PopupDeadline } from '../documents/popup-deadline.tsx';
import { LockedNotice } from '../privacy/locked-notice.tsx';
import { LockWarning } from '../privacy/lock-warning.tsx';
import { NextPersonButton } from '../privacy/session-buttons.tsx';
import { LogoIcon, WarningIcon } from '../shared/icons.tsx';
import { LanguagePicker } from '../shared/language-picker.tsx';
import { openDashboardTab } from '../shared/start-page.tsx';
import { UnofficialNotice } from '../shared/unofficial-notice.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';

function open(section: string) {
  void openDashboardTab(section).then(() => window.close());
}

export function PopupApp() {
  const { t } = useTranslation(['popup', 'common']);
  const locked = useProfileStore((state) => state.status === 'locked');
  useDocumentTitle(t('common:appName'));
  return (
    <main className="repere-popup">
      <h1 className="repere-popup__title">
        <LogoIcon size={32} />
        <span>
          {t('common:appName')}
          <span className="repere-popup__tagline">{t('common:tagline')}</span>
        </span>
      </h1>
      <LockWarning />
      {locked ? <LockedNotice headingLevel={2} onUnlock={() => open('privacy')} /> : <PopupDeadline onOpen={open} />}
      <button type="button" className="repere-button" onClick={() => open('procedures')}>
        {t('common:openDashboard')}
      </button>
      <button type="button" className="repere-button repere-button--danger" onClick={() => open('failure')}>
        <WarningIcon />
        {t('common:notWorking')}
      </button>
      <NextPersonButton />
      <LanguagePicker />
      <UnofficialNotice />
    </main>
  );
}
