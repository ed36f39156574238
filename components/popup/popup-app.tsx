/** The toolbar popup: the next deadline, open the dashboard, "It doesn't work", language. */
import { useTranslation } from 'react-i18next';
import { PopupDeadline } from '../documents/popup-deadline.tsx';
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
      <PopupDeadline onOpen={open} />
      <button type="button" className="repere-button" onClick={() => open('procedures')}>
        {t('common:openDashboard')}
      </button>
      <button type="button" className="repere-button repere-button--danger" onClick={() => open('failure')}>
        <WarningIcon />
        {t('common:notWorking')}
      </button>
      <LanguagePicker />
      <UnofficialNotice />
    </main>
  );
}
