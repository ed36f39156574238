/**
 * One document in the dashboard: its next deadline in plain words first (state with icon and text),
 * what to do and where, with sources; then its dates as printed, the renewal window or a late
 * renewal, honest notes (an attestation de dépôt proves nothing about stay), every date and
 * reminder day, and the buttons to edit or delete it (deleting asks first).
 */
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackedDocument } from '../../utils/deadlines/documents.ts';
import { plusMonths } from '../../utils/deadlines/civil.ts';
import { KIND_RULES } from '../../utils/deadlines/kinds.ts';
import { renewalWindow } from '../../utils/deadlines/rules.ts';
import { deadlinesOf, isLateRenewal, wordsContext, type NextDeadline } from '../../utils/deadlines/timeline.ts';
import { plainText } from '../../utils/i18n/plain-text.ts';
import { WarningIcon } from '../shared/icons.tsx';
import { Rich } from '../shared/rich-text.tsx';
import { SourceLine } from '../shared/source-line.tsx';
import { useDates } from '../shared/use-dates.ts';
import { DeadlineLine } from './deadline-line.tsx';

export interface DocumentCardProps {
  doc: TrackedDocument;
  next?: NextDeadline;
  today: string;
  highlighted?: boolean;
  onEdit(): void;
  onRemove(): void;
}

export const DocumentCard = forwardRef<HTMLHeadingElement, DocumentCardProps>(function DocumentCard(
  { doc, next, today, highlighted = false, onEdit, onRemove },
  headingRef,
) {
  const { t } = useTranslation('documents');
  const dates = useDates();
  const [confirming, setConfirming] = useState(false);
  const headingId = `doc-${doc.id}`;
  const name = plainText(t(`kinds.${doc.kind}`)) + (doc.label ? ` — ${doc.label}` : '');
  const late = isLateRenewal(doc, today);
  const renewal = doc.kind === 'titre-sejour' && doc.expiry && !doc.filedOn ? renewalWindow(doc.expiry, doc.onAnef === true) : undefined;
  const apiTooLong = doc.kind === 'api' && doc.issuedOn && doc.expiry && (plusMonths(doc.issuedOn, 3) ?? doc.expiry) < doc.expiry;
  const deadlines = deadlinesOf(doc);

  return (
    <article
      className={['repere-doc', next ? `repere-doc--${next.urgency}` : '', highlighted ? 'is-highlighted' : ''].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        <Rich ns="documents" k={`kinds.${doc.kind}`} />
        {doc.label ? <span className="repere-doc__label"> — {doc.label}</span> : null}
      </h3>

      {next ? <DeadlineLine next={next} today={today} context={wordsContext(doc)} details /> : null}

      {late ? (
        <p className="repere-alert">
          <WarningIcon size={20} /> <Rich ns="documents" k="late" values={{ date: dates.french(late.lastDay) }} />
        </p>
      ) : null}
      {late ? (
        <>
          <SourceLine id="ceseda-l436-5" />
          <SourceLine id="prefecture-vaucluse-anef" />
        </>
      ) : null}
      {renewal?.ok && !late ? (
        <p><Rich ns="documents" k="window" values={{ opens: dates.french(renewal.value.opens), lastDay: dates.french(renewal.value.lastDay) }} /></p>
      ) : null}

      {doc.kind === 'attestation-depot' ? (
        <>
          <p className="repere-notice">{t('depotInfo')}</p>
          <SourceLine id="ceseda-r431-15-1" />
        </>
      ) : null}
      {apiTooLong ? <p className="repere-notice"><Rich ns="documents" k="apiTooLong" /></p> : null}

      <ul className="repere-doc__facts">
        {KIND_RULES[doc.kind].dates.map(({ field }) => (doc[field] ? (
          <li key={field}><Rich ns="documents" k={`printed.${field}`} values={{ date: dates.french(doc[field]!) }} /></li>
        ) : null))}
        {KIND_RULES[doc.kind].flags.map((flag) => (
          <li key={flag}>{t(`flags.${flag}.${doc[flag] ? 'yes' : 'no'}`)}</li>
        ))}
        {doc.maxAgeMonths ? <li>{t('flags.maxAge', { months: doc.maxAgeMonths })}</li> : null}
      </ul>

      {deadlines.length > 0 ? (
        <details className="repere-doc__all">
          <summary>{t('allDates')}</summary>
          <ul>
            {deadlines.map((deadline) => (
              <li key={deadline.type}>
                <bdi lang="fr" dir="ltr">{dates.french(deadline.date)}</bdi> — {t(`what.${deadline.kind}.${deadline.type}`)}
              </li>
            ))}
          </ul>
          <p>{t('reminderDays')}</p>
          <p className="repere-doc__days">
            <bdi lang="fr" dir="ltr">{[...new Set(deadlines.flatMap((deadline) => deadline.reminders))].sort().map(dates.french).join(' · ')}</bdi>
          </p>
        </details>
      ) : null}

      {confirming ? (
        <div className="repere-doc__confirm" role="group" aria-label={t('actions.confirmRemove')}>
          <p>{t('actions.confirmRemove')}</p>
          <button type="button" className="repere-button repere-button--danger" onClick={onRemove}>{t('actions.confirmYes')}</button>
          <button type="button" className="repere-button repere-button--secondary" onClick={() => setConfirming(false)} autoFocus>
            {t('actions.confirmNo')}
          </button>
        </div>
      ) : (
        <div className="repere-doc__actions">
          <button type="button" className="repere-button repere-button--secondary" onClick={onEdit} aria-label={t('actions.editNamed', { name })}>
            {t('actions.edit')}
          </button>
          <button type="button" className="repere-button repere-button--secondary" onClick={() => setConfirming(true)} aria-label={t('actions.removeNamed', { name })}>
            {t('actions.remove')}
          </button>
        </div>
      )}
    </article>
  );
});
