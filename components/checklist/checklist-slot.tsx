/**
 * The panel's checklist slot: the person's steps for their procedure, following the page.
 *
 * - No procedure yet: the picker, and the procedure this page belongs to when the page says so.
 * - On a séjour form step: the steps with the page's step marked (aria-current="step") and only
 *   that step's items; on the récapitulatif, "before you send" lists what is still unticked.
 * - Elsewhere: the steps and the first step that still has something to do.
 *
 * The catalogue texts (`procedures` namespace) are loaded when the slot first renders, after the
 * panel is on screen, so they never delay it.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findProcedure, stepForFormStep, type ItemId, type ProcedureDef, type StepDef } from '../../utils/checklist/catalog.ts';
import { progressCount, tickedItems, untickedUpTo } from '../../utils/checklist/progress.ts';
import { suggestProcedure } from '../../utils/checklist/suggest.ts';
import { usePageStore } from '../../utils/state/page-store.ts';
import { useOverlayActions } from '../overlay/overlay-actions.ts';
import { ArrowIcon, WarningIcon } from '../shared/icons.tsx';
import { ItemList, ProcedureHeader, StepsOverview } from './checklist-view.tsx';
import { ProcedurePicker } from './procedure-picker.tsx';
import { useChecklist } from './use-checklist.ts';

export function ChecklistSlot() {
  const { t, ready } = useTranslation(['checklist', 'procedures']);
  const actions = useOverlayActions();
  const page = usePageStore((state) => state.page);
  const { status, progress, dispatch } = useChecklist();
  const procedure = findProcedure(progress.chosen);
  const suggested = findProcedure(suggestProcedure(page.route, page.kind));

  let body;
  if (!ready || status === 'loading') body = <p>{t('checklist:loading')}</p>;
  else if (status === 'locked') body = <p>{t('checklist:locked')}</p>;
  else {
    const choose = (id: string | null) => dispatch({ type: 'choose', procedure: id });
    body = (
      <>
        {status === 'error' ? (
          <p className="repere-alert" role="alert">
            <WarningIcon size={20} /> {t('checklist:saveError')}
          </p>
        ) : null}
        {suggested && suggested.id !== procedure?.id ? (
          <div className="repere-suggest">
            <p>{t('checklist:suggest.text', { name: t(`procedures:procedure.${suggested.id}.name`) })}</p>
            <button type="button" className="repere-button" onClick={() => choose(suggested.id)}>
              {t('checklist:suggest.use')}
            </button>
          </div>
        ) : null}
        {procedure ? (
          <FollowedProcedure procedure={procedure} />
        ) : (
          <>
            <p>{t('checklist:empty')}</p>
            <ProcedurePicker value={null} onChoose={choose} />
          </>
        )}
        {procedure ? (
          <details className="repere-change">
            <summary>{t('checklist:picker.change')}</summary>
            <ProcedurePicker value={procedure.id} onChoose={choose} />
          </details>
        ) : null}
      </>
    );
  }

  return (
    <section className="repere-slot repere-checklist-slot" aria-labelledby="repere-slot-checklist">
      <h3 id="repere-slot-checklist">{t('checklist:title')}</h3>
      {body}
      <button type="button" className="repere-button repere-button--secondary" onClick={() => actions.openDashboard('procedures')}>
        {t('checklist:fullList')}
        <ArrowIcon size={20} />
      </button>
    </section>
  );
}

function FollowedProcedure({ procedure }: { procedure: ProcedureDef }) {
  const { t } = useTranslation(['checklist', 'procedures']);
  const page = usePageStore((state) => state.page);
  const { progress, dispatch } = useChecklist();
  const ticked = tickedItems(progress, procedure);
  const count = progressCount(progress, procedure);
  const onToggle = (item: ItemId, done: boolean) => dispatch({ type: 'tick', procedure: procedure.id, item, done });
  const pageStep = page.formStep ? stepForFormStep(procedure, page.formStep.key) : undefined;

  let focus;
  if (pageStep?.formStep === 'summary') {
    focus = <BeforeSending key={procedure.id} procedure={procedure} ticked={ticked} onToggle={onToggle} />;
  } else if (pageStep) {
    focus = <StepFocus procedure={procedure} step={pageStep} title={t('checklist:onThisPage', { step: t(`procedures:step.${pageStep.id}`) })} ticked={ticked} onToggle={onToggle} />;
  } else {
    const next = procedure.steps.find((step) => step.items.some((item) => !ticked.has(item)));
    focus = next ? (
      <StepFocus procedure={procedure} step={next} title={t('checklist:toDoNow', { step: t(`procedures:step.${next.id}`) })} ticked={ticked} onToggle={onToggle} />
    ) : (
      <p>{t('checklist:allDone')}</p>
    );
  }

  return (
    <div className="repere-followed">
      <ProcedureHeader procedure={procedure} headingLevel={4} />
      <p className="repere-progress" role="status">
        {t('checklist:progress', { count: count.done, total: count.total })}
      </p>
      <StepsOverview procedure={procedure} ticked={ticked} current={pageStep?.id} />
      {focus}
    </div>
  );
}

function StepFocus({ procedure, step, title, ticked, onToggle }: {
  procedure: ProcedureDef;
  step: StepDef;
  title: string;
  ticked: ReadonlySet<ItemId>;
  onToggle(item: ItemId, done: boolean): void;
}) {
  const headingId = useId();
  return (
    <section className="repere-focus" aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      <ItemList procedure={procedure} items={step.items} ticked={ticked} onToggle={onToggle} />
    </section>
  );
}

/** On the récapitulatif: everything not yet ticked up to this step, to check before sending. */
function BeforeSending({ procedure, ticked, onToggle }: {
  procedure: ProcedureDef;
  ticked: ReadonlySet<ItemId>;
  onToggle(item: ItemId, done: boolean): void;
}) {
  const { t } = useTranslation('checklist');
  const { progress } = useChecklist();
  const headingId = useId();
  // Taken once when the step shows: an item ticked here stays in the list (ticked) instead of
  // vanishing under the keyboard focus; the person sees what they just did.
  const [unticked] = useState(() => untickedUpTo(progress, procedure, 'summary'));
  return (
    <section className="repere-focus repere-before-sending" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <WarningIcon size={20} /> {t('beforeSending.title')}
      </h4>
      {unticked.length > 0 ? (
        <>
          <p>{t('beforeSending.intro')}</p>
          <ItemList procedure={procedure} items={unticked} ticked={ticked} onToggle={onToggle} details={false} />
        </>
      ) : (
        <p role="status">{t('beforeSending.allTicked')}</p>
      )}
    </section>
  );
}
