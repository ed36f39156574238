/**
 * The pieces of a checklist, shared by the panel, the dashboard and the printable page:
 *
 *   ProcedureHeader   name, who it is for, "check on ANEF" when the facts are unsure
 *   StepsOverview     the steps in order; the one the person is on has aria-current="step"
 *   ItemList          items to tick, each with its French words (other languages), what counts,
 *                     what does not, the official link and the sources of its rule
 *   ChecklistView     everything: every step with its items (dashboard and print)
 *
 * Every checkbox has its own label; the list is plain HTML, so Tab and Space are all it takes.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { allSources, itemDef, type ItemId, type ProcedureDef, type StepDef, type StepId } from '../../utils/checklist/catalog.ts';
import { SOURCES, type SourceId } from '../../utils/legal/sources.ts';
import { InfoIcon } from '../shared/icons.tsx';
import { Rich } from '../shared/rich-text.tsx';
import { SourceLine } from '../shared/source-line.tsx';
import { useDates } from '../shared/use-dates.ts';

/** Whether the French words should be shown beside the person's language. */
export function useShowsFrench(): boolean {
  const { i18n } = useTranslation();
  return !(i18n.language === 'fr' || i18n.language.startsWith('fr-'));
}

export function ProcedureHeader({ procedure, headingLevel, children }: { procedure: ProcedureDef; headingLevel: 2 | 3 | 4; children?: ReactNode }) {
  const { t } = useTranslation(['checklist', 'procedures']);
  const french = useShowsFrench();
  const Heading = `h${headingLevel}` as 'h2';
  return (
    <div className="repere-procedure">
      <Heading className="repere-procedure__name">
        {t(`procedures:procedure.${procedure.id}.name`)}
        {french ? (
          <span className="repere-procedure__fr">
            <bdi lang="fr" dir="ltr">{t(`procedures:procedure.${procedure.id}.name`, { lng: 'fr' })}</bdi>
          </span>
        ) : null}
      </Heading>
      <p className="repere-procedure__who">
        <Rich ns="procedures" k={`procedure.${procedure.id}.who`} />
      </p>
      {procedure.onAnef !== 'yes' ? (
        <p className="repere-notice repere-procedure__unsure">
          <InfoIcon size={20} /> <span><Rich ns="checklist" k={`unsure.${procedure.onAnef}`} /></span>
        </p>
      ) : null}
      {children}
    </div>
  );
}

export interface ItemListProps {
  procedure: ProcedureDef;
  items: readonly ItemId[];
  ticked: ReadonlySet<ItemId>;
  onToggle(item: ItemId, done: boolean): void;
  disabled?: boolean;
  /** Show what counts / what does not / sources (false: labels only). */
  details?: boolean;
}

export function ItemList({ procedure, items, ticked, onToggle, disabled, details = true }: ItemListProps) {
  return (
    <ul className="repere-items">
      {items.map((item) => (
        <ItemRow
          key={item}
          procedure={procedure}
          item={item}
          checked={ticked.has(item)}
          onToggle={onToggle}
          disabled={disabled}
          details={details}
        />
      ))}
    </ul>
  );
}

function ItemRow({ procedure, item, checked, onToggle, disabled, details }: {
  procedure: ProcedureDef;
  item: ItemId;
  checked: boolean;
  onToggle(item: ItemId, done: boolean): void;
  disabled?: boolean;
  details: boolean;
}) {
  const { t } = useTranslation('checklist');
  const id = useId();
  const french = useShowsFrench();
  const def = itemDef(item);
  return (
    <li className={`repere-item repere-item--${def.kind}`} data-item={item}>
      <div className="repere-check repere-item__check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(event) => onToggle(item, event.target.checked)}
          data-procedure={procedure.id}
        />
        <label htmlFor={id}>
          <Rich ns="procedures" k={`item.${item}.label`} />
        </label>
      </div>
      {french ? (
        <p className="repere-item__fr">
          {t('inFrench')}{' '}
          <bdi lang="fr" dir="ltr">
            <Rich ns="procedures" k={`item.${item}.label`} lng="fr" />
          </bdi>
        </p>
      ) : null}
      {details ? <ItemDetails item={item} /> : null}
    </li>
  );
}

function ItemDetails({ item }: { item: ItemId }) {
  const { t } = useTranslation('checklist');
  const def = itemDef(item);
  const notes = def.notes ?? [];
  if (notes.length === 0 && !def.link && !def.sources?.length) return null;
  return (
    <div className="repere-item__details">
      {notes.map((note) => (
        <p key={note} className={`repere-item__note repere-item__note--${note}`}>
          {note === 'more' ? null : <strong>{t(`note.${note}`)} </strong>}
          <Rich ns="procedures" k={`item.${item}.${note}`} />
        </p>
      ))}
      {def.link ? (
        <p className="repere-item__link">
          <a href={SOURCES[def.link].url} target="_blank" rel="noreferrer noopener">
            {t('openSite', { site: new URL(SOURCES[def.link].url).host })}
          </a>
        </p>
      ) : null}
      {def.sources?.length ? <CompactSources ids={def.sources} /> : null}
    </div>
  );
}

/**
 * "Sources: A, B (checked in November 2026)" on one line: an item may rest on several texts, and
 * a line per text would bury the checklist. Citations stay in French.
 */
function CompactSources({ ids }: { ids: readonly SourceId[] }) {
  const { t } = useTranslation('common');
  const dates = useDates();
  const months = [...new Set(ids.map((id) => SOURCES[id].checked))];
  return (
    <p className="repere-source">
      {t('sourceLabel')}{' '}
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 ? ' ; ' : ''}
          <a href={SOURCES[id].url} target="_blank" rel="noreferrer noopener" lang="fr" dir="ltr">
            {SOURCES[id].citation}
          </a>
        </span>
      ))}{' '}
      <span>({months.map((month) => t('checkedOn', { month: dates.monthYear(month) })).join(', ')})</span>
    </p>
  );
}

export interface StepsOverviewProps {
  procedure: ProcedureDef;
  ticked: ReadonlySet<ItemId>;
  current?: StepId;
}

/** The steps in order, with how many items of each are ticked; the current one is marked. */
export function StepsOverview({ procedure, ticked, current }: StepsOverviewProps) {
  const { t } = useTranslation(['checklist', 'procedures']);
  const titleId = useId();
  return (
    <div className="repere-steps">
      <p id={titleId} className="repere-steps__title">{t('checklist:stepsTitle')}</p>
      <ol aria-labelledby={titleId}>
        {procedure.steps.map((step) => {
          const isCurrent = step.id === current;
          const done = step.items.filter((item) => ticked.has(item)).length;
          return (
            <li key={step.id} aria-current={isCurrent ? 'step' : undefined} className={isCurrent ? 'is-current' : undefined}>
              <span className="repere-steps__name">{t(`procedures:step.${step.id}`)}</span>{' '}
              <span className="repere-steps__count">({t('checklist:stepCount', { done, total: step.items.length })})</span>
              {isCurrent ? <span className="repere-steps__here">{t('checklist:youAreHere')}</span> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export interface ChecklistViewProps {
  procedure: ProcedureDef;
  ticked: ReadonlySet<ItemId>;
  onToggle(item: ItemId, done: boolean): void;
  disabled?: boolean;
  /** Heading level of each step. */
  stepHeadingLevel?: 2 | 3;
  current?: StepId;
}

/** Every step with all its items (dashboard). */
export function ChecklistView({ procedure, ticked, onToggle, disabled, stepHeadingLevel = 3, current }: ChecklistViewProps) {
  return (
    <div className="repere-checklist">
      {procedure.steps.map((step) => (
        <StepSection
          key={step.id}
          procedure={procedure}
          step={step}
          ticked={ticked}
          onToggle={onToggle}
          disabled={disabled}
          headingLevel={stepHeadingLevel}
          current={step.id === current}
        />
      ))}
    </div>
  );
}

function StepSection({ procedure, step, ticked, onToggle, disabled, headingLevel, current }: {
  procedure: ProcedureDef;
  step: StepDef;
  ticked: ReadonlySet<ItemId>;
  onToggle(item: ItemId, done: boolean): void;
  disabled?: boolean;
  headingLevel: 2 | 3;
  current: boolean;
}) {
  const { t } = useTranslation('procedures');
  const headingId = useId();
  const Heading = `h${headingLevel}` as 'h2';
  return (
    <section className="repere-checklist__step" aria-labelledby={headingId} aria-current={current ? 'step' : undefined}>
      <Heading id={headingId}>{t(`step.${step.id}`)}</Heading>
      <ItemList procedure={procedure} items={step.items} ticked={ticked} onToggle={onToggle} disabled={disabled} />
    </section>
  );
}

/** The sources of a procedure's rules, once each. */
export function ProcedureSources({ procedure, headingLevel = 3 }: { procedure: ProcedureDef; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation('checklist');
  const headingId = useId();
  const Heading = `h${headingLevel}` as 'h2';
  return (
    <section className="repere-checklist__sources" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('sources')}</Heading>
      {allSources(procedure).map((source) => (
        <SourceLine key={source} id={source} />
      ))}
    </section>
  );
}
