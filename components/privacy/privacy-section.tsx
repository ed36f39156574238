/** Privacy: what Repère keeps on this computer, and that nothing is sent anywhere. */
import { useTranslation } from 'react-i18next';

export function PrivacySection() {
  const { t } = useTranslation('dashboard');
  return (
    <div className="repere-dashboard__section">
      <p>{t('privacy.nothingSent')}</p>
      <p>{t('privacy.stored')}</p>
      <p>{t('privacy.noPasswords')}</p>
    </div>
  );
}
