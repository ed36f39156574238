/**
 * The language picker of the panel, popup and dashboard. Its label always reads
 * "Langue · Language · اللغة" (plus the word in the current language), so that someone who cannot
 * read the current language still finds it. Options are autonyms, each marked with its language.
 * The choice is stored in the settings and applies everywhere at once.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AVAILABLE_LANGUAGES, languageInfo, type LanguageCode } from '../../utils/i18n/languages.ts';
import { useSettingsStore } from '../../utils/state/settings-store.ts';

const FIXED_WORDS = [
  { lang: 'fr', dir: 'ltr', word: 'Langue' },
  { lang: 'en', dir: 'ltr', word: 'Language' },
  { lang: 'ar', dir: 'rtl', word: 'اللغة' },
] as const;

export function LanguagePicker({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation(['common', 'meta']);
  const update = useSettingsStore((state) => state.update);
  const id = useId();
  const statusId = useId();
  const current = languageInfo(i18n.language);
  const ownWord = t('common:language.word');
  const showOwnWord = !FIXED_WORDS.some((fixed) => fixed.word === ownWord);
  const status = t('meta:status');

  return (
    <div className={compact ? 'repere-field repere-language repere-language--compact' : 'repere-field repere-language'}>
      <label htmlFor={id}>
        {FIXED_WORDS.map((fixed, index) => (
          <span key={fixed.lang}>
            {index > 0 ? ' · ' : ''}
            <span lang={fixed.lang} dir={fixed.dir}>{fixed.word}</span>
          </span>
        ))}
        {showOwnWord ? <> · <span lang={current.htmlLang}>{ownWord}</span></> : null}
      </label>
      <select
        id={id}
        value={current.code}
        aria-describedby={status === 'machine-draft' ? statusId : undefined}
        onChange={(event) => void update({ language: event.target.value as LanguageCode })}
      >
        {AVAILABLE_LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.htmlLang} dir={language.dir}>
            {language.autonym}
          </option>
        ))}
      </select>
      {status === 'machine-draft' ? (
        <p id={statusId} className="repere-language__status">{t('common:language.machineDraft')}</p>
      ) : null}
    </div>
  );
}
