/** What the letter asks, in the person's language, beside the French letter. */
import { useTranslation } from 'react-i18next';
import type { LetterInput, LetterModel } from '../../utils/letter/substitution-letter.ts';
import { Rich } from '../shared/rich-text.tsx';

export function LetterSummary({ model, input, recipient, headingLevel = 3 }: {
  model: LetterModel;
  input: LetterInput;
  recipient: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('letter');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const delay = input.requestedDelayDays ?? 15;
  return (
    <section className="repere-slot repere-letter-summary" aria-labelledby="letter-summary-title">
      <Heading id="letter-summary-title">{t('summary.title')}</Heading>
      <p><Rich ns="letter" k="summary.to" values={{ prefecture: recipient }} /></p>
      <ol>
        <li>{t('summary.ask.invite')}</li>
        <li>{t('summary.ask.register', { count: delay })}</li>
        <li>{input.currentTitleExpiry ? t('summary.ask.documentApi') : t('summary.ask.document')}</li>
        <li>{t('summary.ask.answer')}</li>
      </ol>
      <p>
        {t('summary.facts', {
          incidents: t('summary.incidents', { count: input.incidents.length }),
          contacts: t('summary.contacts', { count: input.contacts.length }),
        })}
      </p>
      <p>{t('summary.annexes', { count: model.annexes.length })}</p>
      <p><strong>{t('summary.send')}</strong></p>
    </section>
  );
}
