/**
 * The printable checklist (unlisted page `print-checklist.html`, opened from the dashboard): one
 * A4 page in the person's language, with the same words in French beside each item so that a
 * préfecture agent can read it. Ticked items are printed as ticked. It reads the chosen procedure
 * from the person's profile (never from the URL: a procedure can say a lot about a person).
 */
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { allSources, findProcedure, type ItemId, type ProcedureDef } from '../../utils/checklist/catalog.ts';
import { tickedItems } from '../../utils/checklist/progress.ts';
import { SOURCES } from '../../utils/legal/sources.ts';
import { LogoIcon } from '../shared/icons.tsx';
import { MachineDraftNote } from '../shared/machine-draft-note.tsx';
import { Rich } from '../shared/rich-text.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useShowsFrench } from './checklist-view.tsx';
import { useChecklist } from './use-checklist.ts';

export function PrintChecklistPage() {
  const { t, ready } = useTranslation(['checklist', 'procedures', 'common']);
  const { status, progress } = useChecklist();
  const procedure = findProcedure(progress.chosen);
  useDocumentTitle(`${t('checklist:printPage.title')} — ${t('common:appName')}`);

  let content;
  if (!ready || status === 'loading') content = <p>{t('checklist:loading')}</p>;
  else if (status === 'locked') content = <p>{t('checklist:locked')}</p>;
  else if (!procedure) content = <p>{t('checklist:printPage.none')}</p>;
  else content = <PrintedChecklist procedure={procedure} ticked={tickedItems(progress, procedure)} />;

  return (
    <main className="repere-print">
      <div className="repere-print__tools">
        <button type="button" className="repere-button" onClick={() => window.print()} disabled={!procedure}>
          {t('checklist:printPage.button')}
        </button>
        <a className="repere-button repere-button--secondary" href="options.html#/procedures">
          {t('checklist:printPage.back')}
        </a>
      </div>
      {content}
    </main>
  );
}

/** Printed area of an A4 page with the margins of print.css (`@page { margin: 10mm 12mm }`), in mm. */
export const PRINTED_AREA = { width: 210 - 2 * 12, height: 297 - 2 * 10 };
/** Type sizes tried, largest first (pt). */
const SIZES = [9.5, 9, 8.5, 8, 7.5, 7];
const MM = 96 / 25.4;

/**
 * Makes the sheet fit one page: the largest type size at which its content is no taller than the
 * printed area. The sheet is laid out at the printed width on screen, so what is measured is what
 * prints. Measured again once the fonts are there (they change line breaks).
 */
function useFitOnePage(deps: readonly unknown[]) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    let active = true;
    const fit = () => {
      const sheet = ref.current;
      if (!sheet || !active) return;
      const style = getComputedStyle(sheet);
      const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      for (const size of SIZES) {
        sheet.style.setProperty('--repere-print-size', `${size}pt`);
        if (sheet.getBoundingClientRect().height - padding <= PRINTED_AREA.height * MM) break;
      }
    };
    fit();
    void document.fonts?.ready.then(fit);
    return () => {
      active = false;
    };
  }, deps);
  return ref;
}

function PrintedChecklist({ procedure, ticked }: { procedure: ProcedureDef; ticked: ReadonlySet<ItemId> }) {
  const { t, i18n } = useTranslation(['checklist', 'procedures', 'common']);
  const french = useShowsFrench();
  const sheetRef = useFitOnePage([procedure.id, i18n.language]);
  return (
    <article ref={sheetRef} className={french ? 'repere-print__sheet has-french' : 'repere-print__sheet'} data-procedure={procedure.id}>
      <header className="repere-print__header">
        <p className="repere-print__brand">
          <LogoIcon size={20} /> {t('common:appName')} — {t('checklist:printPage.title')}
        </p>
        <h1>
          {t(`procedures:procedure.${procedure.id}.name`)}
          {french ? (
            <span className="repere-print__fr-title">
              <bdi lang="fr" dir="ltr">{t(`procedures:procedure.${procedure.id}.name`, { lng: 'fr' })}</bdi>
            </span>
          ) : null}
        </h1>
        <p className="repere-print__who">
          <Rich ns="procedures" k={`procedure.${procedure.id}.who`} />
        </p>
        {procedure.onAnef !== 'yes' ? <p className="repere-print__unsure"><Rich ns="checklist" k={`unsure.${procedure.onAnef}`} /></p> : null}
        {french ? <p className="repere-print__note">{t('checklist:printPage.frenchNote')}</p> : null}
      </header>
      {procedure.steps.map((step) => (
        <section key={step.id} className="repere-print__step">
          <h2>
            {t(`procedures:step.${step.id}`)}
            {french ? (
              <>
                {' '}
                <bdi lang="fr" dir="ltr" className="repere-print__fr-inline">({t(`procedures:step.${step.id}`, { lng: 'fr' })})</bdi>
              </>
            ) : null}
          </h2>
          <ul>
            {step.items.map((item) => (
              <li key={item}>
                <span className={ticked.has(item) ? 'repere-print__box is-ticked' : 'repere-print__box'} aria-hidden="true">
                  {ticked.has(item) ? '✓' : ''}
                </span>
                <span className="repere-visually-hidden">{t(ticked.has(item) ? 'checklist:printPage.done' : 'checklist:printPage.todo')}: </span>
                <span className="repere-print__label">
                  <Rich ns="procedures" k={`item.${item}.label`} />
                </span>
                {french ? (
                  <span className="repere-print__fr" lang="fr" dir="ltr">
                    <Rich ns="procedures" k={`item.${item}.label`} lng="fr" />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <footer className="repere-print__footer">
        <p>{t('checklist:printPage.footer')}</p>
        <MachineDraftNote />
        <p lang="fr" dir="ltr" className="repere-print__sources">
          {t('common:sourceLabel', { lng: 'fr' })} {allSources(procedure).map((id) => SOURCES[id].citation).join(' ; ')}.
        </p>
      </footer>
    </article>
  );
}
