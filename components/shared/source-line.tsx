/**
 * "Source: Article R. 431-15-1 du CESEDA (checked 2026-11)": every legal statement shows where it
 * comes from. The citation stays in French, marked as French inside any language.
 */
import { useTranslation } from 'react-i18next';
import { SOURCES, type SourceId } from '../../utils/legal/sources.ts';
import { useDates } from './use-dates.ts';

export function SourceLine({ id }: { id: SourceId }) {
  const { t } = useTranslation('common');
  const dates = useDates();
  const source = SOURCES[id];
  return (
    <p className="repere-source">
      {t('sourceLabel')}{' '}
      <a href={source.url} target="_blank" rel="noreferrer noopener" lang="fr" dir="ltr">
        {source.citation}
      </a>{' '}
      <span>({t('checkedOn', { month: dates.monthYear(source.checked) })})</span>
    </p>
  );
}
