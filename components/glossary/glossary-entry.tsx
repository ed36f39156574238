/**
 * One glossary entry: the word in the person's language, the French word to match on ANEF, a
 * plain explanation with its sources, and "Listen".
 */
import { useTranslation } from 'react-i18next';
import { glossaryTerm, type TermId } from '../../utils/glossary/terms.ts';
import { languageInfo } from '../../utils/i18n/languages.ts';
import { plainText, Rich } from '../shared/rich-text.tsx';
import { SourceLine } from '../shared/source-line.tsx';
import { ListenButton } from '../speech/listen-button.tsx';

export function GlossaryEntry({ id, headingId, headingLevel = 3, explainMissingVoice = true }: {
  id: TermId;
  headingId?: string;
  headingLevel?: 2 | 3;
  /** Say "no voice on this computer" here (a list says it once instead). */
  explainMissingVoice?: boolean;
}) {
  const { t, i18n } = useTranslation('glossary');
  const term = glossaryTerm(id);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const name = plainText(t(`terms.${id}.name`));
  const text = t(`terms.${id}.text`, { ...term.values });
  const inFrench = languageInfo(i18n.language).htmlLang === 'fr';
  return (
    <>
      <Heading id={headingId} className="repere-glossary__name">
        <Rich ns="glossary" k={`terms.${id}.name`} />
      </Heading>
      {inFrench ? null : (
        <p className="repere-glossary__french">
          {t('frenchWord')} <bdi lang="fr" dir="ltr">{term.french}</bdi>
        </p>
      )}
      <p className="repere-glossary__text">
        <Rich ns="glossary" k={`terms.${id}.text`} values={term.values} />
      </p>
      {term.sources.map((source) => <SourceLine key={source} id={source} />)}
      <ListenButton texts={[name, plainText(text)]} explainMissing={explainMissingVoice} />
    </>
  );
}
