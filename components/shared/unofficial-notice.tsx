/** Says plainly what Repère is not: the administration, the ANEF site, or legal advice. */
import { useTranslation } from 'react-i18next';

export function UnofficialNotice() {
  const { t } = useTranslation('common');
  return <p className="repere-notice">{t('unofficial')}</p>;
}
