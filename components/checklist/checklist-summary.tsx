/**
 * The checklist's part of the printable summary (components/privacy/summaries.tsx): for every
 * procedure the person followed or ticked something in, its name (and the French name in another
 * language, for the préfecture), how many items are done, and which.
 */
import { useTranslation } from 'react-i18next';
import { findProcedure } from '../../utils/checklist/catalog.ts';
import { progressCount, tickedItems, type ChecklistProgress } from '../../utils/checklist/progress.ts';
import { Rich } from '../shared/rich-text.tsx';
import { useShowsFrench } from './checklist-view.tsx';

function procedureIds(value: ChecklistProgress): string[] {
  const ids = [value.chosen, ...Object.keys(value.ticked)].filter((id): id is string => id !== null);
  return [...new Set(ids)].filter((id) => findProcedure(id));
}

function Procedures({ value }: { value: ChecklistProgress }) {
  const { t } = useTranslation(['checklist', 'procedures', 'privacy']);
  const showsFrench = useShowsFrench();
  return (
    <>
      {procedureIds(value).map((id) => {
        const procedure = findProcedure(id)!;
        const ticked = [...tickedItems(value, procedure)];
        const count = progressCount(value, procedure);
        return (
          <section key={id} className="repere-summary__block">
            <h3>
              {t(`procedures:procedure.${id}.name`)}
              {showsFrench ? (
                <>
                  {' '}
                  <bdi lang="fr" dir="ltr" className="repere-summary__fr">({t(`procedures:procedure.${id}.name`, { lng: 'fr' })})</bdi>
                </>
              ) : null}
            </h3>
            {value.chosen === id ? <p>{t('privacy:summary.checklistFollowed')}</p> : null}
            <p>{t('checklist:progress', { count: count.done, total: count.total })}</p>
            {ticked.length > 0 ? (
              <ul>
                {ticked.map((item) => (
                  <li key={item}><Rich ns="procedures" k={`item.${item}.label`} /></li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </>
  );
}

export const ChecklistSummary = {
  title: 'privacy:summary.checklistTitle',
  namespaces: ['checklist', 'procedures', 'privacy'],
  isEmpty: (value: ChecklistProgress) => procedureIds(value).length === 0,
  render: (value: ChecklistProgress) => <Procedures value={value} />,
};
