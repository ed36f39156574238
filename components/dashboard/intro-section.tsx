/** The opening text of a dashboard section. */
import { useTranslation } from 'react-i18next';

export function IntroSection({ section }: { section: 'procedures' | 'failure' }) {
  const { t } = useTranslation('dashboard');
  return <p className="repere-dashboard__intro">{t(`intro.${section}`)}</p>;
}
