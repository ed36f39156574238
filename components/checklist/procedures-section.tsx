/**
 * The dashboard's "procedures" section: choose a procedure, see and tick its whole checklist,
 * print it on one page, or untick everything (after a confirmation: nothing is lost by one click).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findProcedure, type ItemId } from '../../utils/checklist/catalog.ts';
import { progressCount, tickedItems } from '../../utils/checklist/progress.ts';
import { IntroSection } from '../dashboard/intro-section.tsx';
import { WarningIcon } from '../shared/icons.tsx';
import { ChecklistView, ProcedureHeader, ProcedureSources, StepsOverview } from './checklist-view.tsx';
import { ProcedurePicker } from './procedure-picker.tsx';
import { useChecklist } from './use-checklist.ts';

/** The printable page (unlisted entrypoint `entrypoints/print-checklist/`). */
export const PRINT_PAGE = 'print-checklist.html';

export function ProceduresSection() {
  const { t, ready } = useTranslation(['checklist', 'procedures']);
  const { status, progress, dispatch } = useChecklist();
  const [confirming, setConfirming] = useState(false);
  const procedure = findProcedure(progress.chosen);

  if (!ready || status === 'loading') return <p>{t('checklist:loading')}</p>;
  if (status === 'locked') return <p>{t('checklist:locked')}</p>;

  const ticked = procedure ? tickedItems(progress, procedure) : new Set<ItemId>();
  const count = procedure ? progressCount(progress, procedure) : undefined;
  const onToggle = (item: ItemId, done: boolean) => {
    if (procedure) dispatch({ type: 'tick', procedure: procedure.id, item, done });
  };

  return (
    <div className="repere-dashboard__section repere-procedures">
      <IntroSection section="procedures" />
      {status === 'error' ? (
        <p className="repere-alert" role="alert">
          <WarningIcon size={20} /> {t('checklist:saveError')}
        </p>
      ) : null}
      <ProcedurePicker
        value={procedure?.id ?? null}
        onChoose={(id) => {
          setConfirming(false);
          dispatch({ type: 'choose', procedure: id });
        }}
      />
      {procedure && count ? (
        <>
          <ProcedureHeader procedure={procedure} headingLevel={2}>
            <p className="repere-progress" role="status">
              {t('checklist:progress', { count: count.done, total: count.total })}
            </p>
          </ProcedureHeader>
          <div className="repere-procedures__actions">
            <a className="repere-button" href={PRINT_PAGE} target="_blank" rel="noopener">
              {t('checklist:print')}
            </a>
          </div>
          <StepsOverview procedure={procedure} ticked={ticked} />
          <ChecklistView procedure={procedure} ticked={ticked} onToggle={onToggle} />
          <ProcedureSources procedure={procedure} />
          <div className="repere-procedures__clear">
            {confirming ? (
              <div role="group" aria-label={t('checklist:clear.button')}>
                <p>{t('checklist:clear.confirm')}</p>
                <button
                  type="button"
                  className="repere-button repere-button--danger"
                  onClick={() => {
                    dispatch({ type: 'clear', procedure: procedure.id });
                    setConfirming(false);
                  }}
                >
                  {t('checklist:clear.yes')}
                </button>{' '}
                <button type="button" className="repere-button repere-button--secondary" onClick={() => setConfirming(false)}>
                  {t('checklist:clear.no')}
                </button>
              </div>
            ) : (
              <button type="button" className="repere-button repere-button--secondary" onClick={() => setConfirming(true)}>
                {t('checklist:clear.button')}
              </button>
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}
