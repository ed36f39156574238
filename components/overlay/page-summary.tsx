/**
 * "You are on: …" and "What to do here" for the recognised page, in plain words. Texts come from
 * the `pages` namespace; ANEF's own words (step titles, error messages) are shown as they are, in
 * French or English, marked with their language and isolated for right-to-left text.
 */
import { useTranslation } from 'react-i18next';
import type { PageInfo, PageKind } from '../../utils/site/recognize.ts';
import { CCC_PHONE, type SourceId } from '../../utils/legal/sources.ts';
import { useId } from 'react';
import { useFieldHelpStore } from '../../utils/state/field-help-store.ts';
import { plainText, Rich } from '../shared/rich-text.tsx';
import { SourceLine } from '../shared/source-line.tsx';
import { ListenButton } from '../speech/listen-button.tsx';

/** How many "what to do" lines each kind has in the packs (keys todo.1 … todo.n). */
export const TODO_COUNT: Record<PageKind, number> = {
  home: 2,
  'login-landing': 3,
  'account-creation': 2,
  'personal-space': 3,
  'sejour-form': 3,
  dossier: 3,
  naturalisation: 2,
  error: 3,
  maintenance: 3,
  'session-expired': 2,
  unknown: 2,
};

/** Sources behind the "what to do" lines of a kind (shown under them). */
const KIND_SOURCES: Partial<Record<PageKind, SourceId[]>> = {
  dossier: ['ceseda-r431-15-1'],
  error: ['ceseda-r431-2', 'ccc-phone'],
  maintenance: ['ceseda-r431-2', 'ccc-phone'],
};

export function PageSummary({ page, headingLevel = 3 }: { page: PageInfo; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation(['pages', 'overlay']);
  const titleId = useId();
  const fieldHelpShown = useFieldHelpStore((state) => state.spots.length > 0);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const anefLang = page.language ?? 'fr';
  const todoKeys = Array.from({ length: TODO_COUNT[page.kind] }, (_, index) => `kind.${page.kind}.todo.${index + 1}`);

  return (
    <section className="repere-page" aria-labelledby={titleId}>
      <Heading id={titleId} className="repere-page__title">
        <span className="repere-page__label">{t('youAreOn')}</span>{' '}
        <span className="repere-page__name">{t(`kind.${page.kind}.name`)}</span>
      </Heading>
      {page.formStep ? (
        <p className="repere-page__step">
          {page.formStep.total
            ? t('step', { index: page.formStep.index, total: page.formStep.total })
            : t('stepOnly', { index: page.formStep.index })}
          {page.formStep.title ? (
            <>
              {' — '}
              <bdi lang={anefLang}>{page.formStep.title}</bdi>
            </>
          ) : null}
        </p>
      ) : null}
      {page.formStep?.key ? (
        <p className="repere-page__step-about">{t('stepAbout', { what: t(`stepKey.${page.formStep.key}`) })}</p>
      ) : null}
      {page.kind === 'error' && page.errorText ? (
        <div className="repere-page__error">
          <p>{t('errorShown')}</p>
          <blockquote lang={anefLang} dir="ltr">{page.errorText}</blockquote>
        </div>
      ) : null}
      <SubHeading className="repere-page__todo-title">{t('whatToDo')}</SubHeading>
      <ul className="repere-page__todo">
        {todoKeys.map((key) => (
          <li key={key}>
            <Rich ns="pages" k={key} values={{ phone: CCC_PHONE }} />
          </li>
        ))}
      </ul>
      {fieldHelpShown ? <p className="repere-page__field-help">{t('overlay:fieldHelp')}</p> : null}
      <ListenButton texts={todoKeys.map((key) => plainText(t(key, { phone: CCC_PHONE })))} />
      {(KIND_SOURCES[page.kind] ?? []).map((id) => (
        <SourceLine key={id} id={id} />
      ))}
    </section>
  );
}
