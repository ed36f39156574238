/**
 * The printable letter page (`/letter.html`, unlisted): the letter to the préfet in French on A4
 * (print CSS), its screenshot annexes, and — on screen only — what it asks in the person's
 * language, what is missing, and the buttons to print, download the PDF or copy the text. The
 * page title holds no personal data.
 */
import { useTranslation } from 'react-i18next';
import { prefectureName } from '../../utils/letter/prefecture.ts';
import { LanguagePicker } from '../shared/language-picker.tsx';
import { MachineDraftNote } from '../shared/machine-draft-note.tsx';
import { UnofficialNotice } from '../shared/unofficial-notice.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { LetterActions } from './letter-actions.tsx';
import { LetterDocument } from './letter-document.tsx';
import { LetterSummary } from './letter-summary.tsx';
import { letterPhotos, useLetter } from './use-letter.ts';

export function LetterPage() {
  const { t } = useTranslation(['letter', 'failure', 'common']);
  useDocumentTitle(`${t('letter:pageTitle')} — ${t('common:appName')}`);
  const letter = useLetter();
  const { data, model, input, problems } = letter;
  const photos = letterPhotos(letter);
  const recipient = input.prefecture.name ?? prefectureName(input.prefecture.departmentCode) ?? '';

  return (
    <div className="repere-letter-page">
      <header className="repere-letter-page__screen">
        <h1>{t('letter:pageTitle')}</h1>
        <LanguagePicker compact />
        <UnofficialNotice />
        <MachineDraftNote />
        <p><a href="options.html#/failure">{t('letter:back')}</a></p>
      </header>
      <main>
        {data.status === 'loading' ? <p role="status">{t('failure:loading')}</p> : null}
        {data.status === 'locked' ? <p className="repere-notice">{t('failure:locked')}</p> : null}
        {data.status === 'ready' && !model ? (
          <div className="repere-alert">
            <p><strong>{t('failure:letter.missing')}</strong></p>
            <ul>
              {problems.map((problem, index) => {
                const name = t(`failure:letter.field.${problem.field}`) + (problem.index === undefined ? '' : ` (${problem.index + 1})`);
                return <li key={index}>{t(`failure:letter.problem.${problem.problem}`, { field: name })}</li>;
              })}
            </ul>
            <p><a href="options.html#/failure">{t('letter:complete')}</a></p>
          </div>
        ) : null}
        {model ? (
          <>
            <div className="repere-letter-page__screen">
              <LetterSummary model={model} input={input} recipient={recipient} headingLevel={2} />
              {model.warnings.length > 0 ? (
                <ul className="repere-notice">
                  {model.warnings.map((warning) => <li key={warning}>{t(`failure:letter.warning.${warning}`)}</li>)}
                </ul>
              ) : null}
              <LetterActions model={model} photos={photos} date={input.today} mode="print" />
            </div>
            <LetterDocument model={model} photos={photos} label={t('letter:documentLabel')} />
          </>
        ) : null}
      </main>
    </div>
  );
}
