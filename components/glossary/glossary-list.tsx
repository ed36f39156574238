/**
 * The searchable glossary of the dashboard's Help section: every ANEF word with its explanation,
 * filtered as the person types (French word, word in their language, or explanation). The number
 * of words found is announced politely.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GLOSSARY, searchGlossary, type SearchableTerm } from '../../utils/glossary/terms.ts';
import { plainText } from '../shared/rich-text.tsx';
import { NoVoiceNote } from '../speech/listen-button.tsx';
import { GlossaryEntry } from './glossary-entry.tsx';

export function GlossaryList() {
  const { t, i18n } = useTranslation('glossary');
  const [query, setQuery] = useState('');
  const inputId = useId();
  const hintId = useId();

  const entries: SearchableTerm[] = useMemo(
    () => GLOSSARY.map((term) => ({
      id: term.id,
      french: term.french,
      name: plainText(t(`terms.${term.id}.name`)),
      text: plainText(t(`terms.${term.id}.text`, { ...('values' in term ? term.values : {}) })),
    })),
    // The texts change with the language.
    [t, i18n.language],
  );
  const found = searchGlossary(entries, query);

  return (
    <div className="repere-glossary">
      <p>{t('intro')}</p>
      <NoVoiceNote />
      <div className="repere-field repere-glossary__search">
        <label htmlFor={inputId}>{t('search.label')}</label>
        <input
          id={inputId}
          type="search"
          value={query}
          aria-describedby={hintId}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id={hintId} className="repere-glossary__hint">{t('search.hint')}</p>
      </div>
      <p role="status" className="repere-glossary__count">
        {found.length === 0 ? t('search.none') : t('search.count', { count: found.length })}
      </p>
      <ul className="repere-glossary__list">
        {found.map((id) => (
          <li key={id} className="repere-glossary__item">
            <GlossaryEntry id={id} explainMissingVoice={false} />
          </li>
        ))}
      </ul>
    </div>
  );
}
