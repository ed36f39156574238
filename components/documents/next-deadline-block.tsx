/**
 * The person's most urgent date, for the popup and the panel: the deadline in plain words (as a
 * heading, with its state and the date as printed), what to do next, and a button to the documents.
 * Before any document: an invitation to add one. Locked profile: nothing personal.
 */
import { useTranslation } from 'react-i18next';
import { byUrgency, plainWords, wordsContext } from '../../utils/deadlines/timeline.ts';
import { ArrowIcon } from '../shared/icons.tsx';
import { Rich } from '../shared/rich-text.tsx';
import { DeadlineLine } from './deadline-line.tsx';
import { useDocuments, useToday } from './use-documents.ts';

export function NextDeadlineBlock({ ns, headingId, level, onOpen }: {
  /** Namespace holding `deadline.title`, `deadline.empty`, `deadline.add` (popup or overlay). */
  ns: 'popup' | 'overlay';
  headingId: string;
  level: 2 | 3;
  onOpen(): void;
}) {
  const { t } = useTranslation([ns, 'documents']);
  const { status, items } = useDocuments();
  const today = useToday();
  const first = status === 'ready' ? byUrgency(items, today).find((entry) => entry.next) : undefined;
  const Heading = `h${level}` as const;

  return (
    <section className="repere-slot repere-next" aria-labelledby={headingId}>
      <Heading id={headingId}>{t(`${ns}:deadline.title`)}</Heading>
      {first?.next ? (
        <>
          <DeadlineLine next={first.next} today={today} context={wordsContext(first.doc)} headingLevel={level === 2 ? 3 : 4} />
          <p className="repere-next__what">
            <Rich ns="documents" k={plainWords(first.next.deadline, today, wordsContext(first.doc)).next} />
          </p>
        </>
      ) : status === 'locked' ? (
        <p>{t('documents:locked')}</p>
      ) : (
        <p>{items.length > 0 ? t('documents:noDeadline') : t(`${ns}:deadline.empty`)}</p>
      )}
      <button type="button" className="repere-button repere-button--secondary" onClick={onOpen}>
        {items.length > 0 ? t('documents:seeAll') : t(`${ns}:deadline.add`)}
        <ArrowIcon size={20} />
      </button>
    </section>
  );
}
