/** The printable letter page. Until a letter is prepared, it points to where letters are made. */
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shared/use-document-title.ts';

export function LetterPage() {
  const { t } = useTranslation(['dashboard', 'common']);
  useDocumentTitle(`${t('dashboard:nav.failure')} — ${t('common:appName')}`);
  return (
    <main className="repere-dashboard">
      <h1>{t('dashboard:nav.failure')}</h1>
      <p>{t('dashboard:intro.failure')}</p>
      <p>
        <a href="options.html#/failure">{t('common:openDashboard')}</a>
      </p>
    </main>
  );
}
