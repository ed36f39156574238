/**
 * "The languages of Repère": each language with the honest state of its texts (French source,
 * drafted by a machine and not yet checked, or reviewed on a date), read from every pack's
 * meta.json. Shown in the dashboard's Help section, so that a person or a social worker can see
 * which languages a native speaker has checked before relying on them.
 */
import { useTranslation } from 'react-i18next';
import { AVAILABLE_LANGUAGES } from '../../utils/i18n/languages.ts';
import { useDates } from '../shared/use-dates.ts';

interface PackMeta {
  status?: string;
  reviewedOn?: string;
}

// Thirteen tiny files, bundled into the dashboard only.
const METAS = import.meta.glob<PackMeta>('../../locales/*/meta.json', { eager: true, import: 'default' });

/** The meta.json of a language pack. */
function packMeta(code: string): PackMeta {
  return METAS[`../../locales/${code}/meta.json`] ?? {};
}

export function LanguageReviewStatus() {
  const { t } = useTranslation('dashboard');
  const dates = useDates();
  return (
    <>
      <p>{t('languages.intro')}</p>
      <ul className="repere-language-status">
        {AVAILABLE_LANGUAGES.map((language) => {
          const meta = packMeta(language.code);
          const state = meta.status === 'source'
            ? t('languages.source')
            : meta.status === 'reviewed' && meta.reviewedOn
              ? t('languages.reviewed', { date: dates.long(meta.reviewedOn) })
              : t('languages.machineDraft');
          return (
            <li key={language.code}>
              <span lang={language.htmlLang} dir={language.dir} className="repere-language-status__name">{language.autonym}</span>
              {' — '}
              <span>{state}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
