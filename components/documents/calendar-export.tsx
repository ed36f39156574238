/**
 * "Download my reminders": the reminders still to come, as an .ics file made here (utils/calendar),
 * with event texts in the person's language and nothing personal in them. On a shared computer the
 * person is told to delete the file afterwards.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildCalendar } from '../../utils/calendar/ics.ts';
import type { TrackedDocument } from '../../utils/deadlines/documents.ts';
import { plainWords, wordsContext } from '../../utils/deadlines/timeline.ts';
import { plainText } from '../../utils/i18n/plain-text.ts';
import { remindersOf, type Reminder } from '../../utils/reminders/schedule.ts';
import { CalendarIcon } from '../shared/icons.tsx';
import { useDates } from '../shared/use-dates.ts';
import { useLockState } from '../privacy/use-privacy.ts';
import { downloadFile } from '../shared/download.ts';

export function CalendarExport({ docs, today }: { docs: readonly TrackedDocument[]; today: string }) {
  const { t } = useTranslation('documents');
  const dates = useDates();
  // Whose computer this is, from the same cache as the lock screens (nothing personal).
  const { mode } = useLockState();
  const [done, setDone] = useState(false);
  const upcoming = remindersOf(docs).filter((reminder) => reminder.day >= today);
  const contexts = new Map(docs.map((doc) => [doc.id, wordsContext(doc)]));

  const words = (reminder: Reminder) => {
    const plain = plainWords({ ...reminder, reminders: [], sources: [] }, reminder.day, contexts.get(reminder.docId));
    const line = t('line', { when: t(`when.${plain.when.key}`, { count: plain.when.count }), what: t(`what.${plain.what}`) });
    return {
      summary: t('calendar.summary', { line }),
      description: t('calendar.description', { date: dates.french(reminder.date), next: plainText(t(plain.next)) }),
    };
  };

  const download = () => {
    const result = buildCalendar(upcoming, words, new Date(), t('calendar.name'));
    if (!result.ok) return;
    downloadFile('repere-rappels.ics', 'text/calendar;charset=utf-8', result.value);
    setDone(true);
  };

  return (
    <section className="repere-doc-tool" aria-labelledby="documents-calendar">
      <h2 id="documents-calendar">{t('calendar.title')}</h2>
      <p>{t('calendar.text')}</p>
      {upcoming.length > 0 ? (
        <button type="button" className="repere-button repere-button--secondary" onClick={download}>
          <CalendarIcon size={20} />
          {t('calendar.button')}
        </button>
      ) : (
        <p>{t('calendar.none')}</p>
      )}
      {mode !== 'own' && upcoming.length > 0 ? <p className="repere-notice">{t('calendar.shared')}</p> : null}
      <p role="status">{done ? t('calendar.done') : ''}</p>
    </section>
  );
}
