/**
 * A deadline in plain words, the same in the dashboard, the popup and the panel: a state label with
 * its icon (never colour alone), "Dans 40 jours : dernier jour pour …", the date as printed
 * (JJ/MM/AAAA), and, when asked, what to do next and its sources.
 */
import { useTranslation } from 'react-i18next';
import { plainWords, type NextDeadline, type Urgency, type WordsContext } from '../../utils/deadlines/timeline.ts';
import { ClockIcon, WarningIcon } from '../shared/icons.tsx';
import { Rich } from '../shared/rich-text.tsx';
import { SourceLine } from '../shared/source-line.tsx';
import { useDates } from '../shared/use-dates.ts';

export function UrgencyLabel({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation('documents');
  const alarming = urgency === 'past' || urgency === 'urgent';
  return (
    <span className={`repere-urgency repere-urgency--${urgency}`}>
      {alarming ? <WarningIcon size={18} /> : <ClockIcon size={18} />}
      {t(`urgency.${urgency}`)}
    </span>
  );
}

/** "Dans 40 jours : dernier jour pour …" for a deadline seen from `today`. */
export function useDeadlineWords() {
  const { t } = useTranslation('documents');
  return (next: NextDeadline, today: string, context?: WordsContext) => {
    const words = plainWords(next.deadline, today, context);
    const when = t(`when.${words.when.key}`, { count: words.when.count });
    return { words, text: t('line', { when, what: t(`what.${words.what}`) }) };
  };
}

export function DeadlineLine({ next, today, context, details = false, headingLevel }: {
  next: NextDeadline;
  today: string;
  /** What the person told us about the document (the advice depends on it). */
  context?: WordsContext;
  /** Also what to do next, and the sources. */
  details?: boolean;
  /** Render the sentence as a heading of this level (popup, panel). */
  headingLevel?: 2 | 3 | 4;
}) {
  const dates = useDates();
  const { words, text } = useDeadlineWords()(next, today, context);
  const Sentence = headingLevel ? (`h${headingLevel}` as const) : 'p';
  return (
    <div className={`repere-deadline repere-deadline--${next.urgency}`}>
      <UrgencyLabel urgency={next.urgency} />
      <Sentence className="repere-deadline__line">{text}</Sentence>
      <p className="repere-deadline__date">
        <bdi lang="fr" dir="ltr">{dates.french(words.date)}</bdi>
        {' — '}
        {dates.long(words.date)}
      </p>
      {details ? (
        <>
          <p className="repere-deadline__next"><Rich ns="documents" k={words.next} /></p>
          {next.deadline.sources.map((id) => <SourceLine key={id} id={id} />)}
        </>
      ) : null}
    </div>
  );
}
