/**
 * The printable proof-of-rights sheet (`proof.html`): the person picks which of their documents to
 * explain and who the sheet is for; the sheet itself is in French (utils/proof/sheet.ts), with every
 * statement's reference, and prints alone (or downloads as a PDF with the same content). Above it, a
 * short summary in the person's language says what the sheet says; it is not printed.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proofPdf } from '../../utils/proof/pdf.ts';
import { AUDIENCES, buildProofSheet, canExplain, referenceNumber, type Audience, type ProofSheet, type SheetLine } from '../../utils/proof/sheet.ts';
import { plainText } from '../../utils/i18n/plain-text.ts';
import { MachineDraftNote } from '../shared/machine-draft-note.tsx';
import { downloadFile } from '../shared/download.ts';
import { PrintIcon } from '../shared/icons.tsx';
import { Rich } from '../shared/rich-text.tsx';
import { UnofficialNotice } from '../shared/unofficial-notice.tsx';
import { useDates } from '../shared/use-dates.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useDocuments, useToday } from './use-documents.ts';

const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function Line({ sheet, line }: { sheet: ProofSheet; line: SheetLine }) {
  const n = line.source ? referenceNumber(sheet, line.source) : 0;
  return (
    <li>
      {line.text}
      {n ? <> <a href={`#ref-${n}`} className="repere-proof__ref">[{n}]</a></> : <span className="repere-proof__own"> (d’après le document)</span>}
    </li>
  );
}

function Sheet({ sheet }: { sheet: ProofSheet }) {
  const { t } = useTranslation('documents');
  return (
    <article className="repere-proof__sheet" lang="fr" dir="ltr" aria-label={t('proofPage.sheetLabel')}>
      <h2>{sheet.title}</h2>
      <p className="repere-proof__to">{sheet.addressee}</p>
      {sheet.intro.map((text) => <p key={text}>{text}</p>)}
      {sheet.sections.map((section) => (
        <section key={section.heading}>
          <h3>{section.heading}</h3>
          <ul>{section.lines.map((line) => <Line key={line.text} sheet={sheet} line={line} />)}</ul>
        </section>
      ))}
      {sheet.silent.length > 0 ? (
        <section>
          <h3>Ce que les textes ne disent pas</h3>
          <ul>{sheet.silent.map((line) => <Line key={line.text} sheet={sheet} line={line} />)}</ul>
        </section>
      ) : null}
      {sheet.attach.length > 0 ? (
        <section>
          <h3>Documents joints</h3>
          <ul>{sheet.attach.map((text) => <li key={text}>{text}</li>)}</ul>
        </section>
      ) : null}
      <section>
        <h3>Références</h3>
        <ol className="repere-proof__refs">
          {sheet.references.map((reference, index) => (
            <li key={reference.id} id={`ref-${index + 1}`}>
              {reference.citation}, vérifié en {FRENCH_MONTHS[Number(reference.checked.slice(5)) - 1]} {reference.checked.slice(0, 4)} :{' '}
              <a href={reference.url} target="_blank" rel="noreferrer noopener">{reference.url}</a>
            </li>
          ))}
        </ol>
      </section>
      <footer>{sheet.footer.map((text) => <p key={text}>{text}</p>)}</footer>
    </article>
  );
}

export function ProofPage() {
  const { t } = useTranslation(['documents', 'common']);
  const dates = useDates();
  const { status, items } = useDocuments();
  const today = useToday();
  const ids = { choose: useId(), audience: useId() };
  const eligible = items.filter(canExplain);
  const [unchosen, setUnchosen] = useState<Set<string>>(new Set());
  const [audience, setAudience] = useState<Audience>('caf');
  const [message, setMessage] = useState('');
  useDocumentTitle(`${t('proofPage.title')} — ${t('common:appName')}`);

  const chosen = eligible.filter((doc) => !unchosen.has(doc.id));
  const result = chosen.length > 0 ? buildProofSheet({ documents: chosen, audience, today }) : undefined;
  const sheet = result?.ok ? result.value : undefined;
  const toggle = (id: string, on: boolean) =>
    setUnchosen((current) => {
      const next = new Set(current);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });

  const downloadPdf = async () => {
    if (!sheet) return;
    const bytes = await proofPdf(sheet, new Date());
    downloadFile('repere-feuille-droits.pdf', 'application/pdf', new Uint8Array(bytes));
    setMessage(t('proofPage.pdfDone'));
  };

  return (
    <main className="repere-dashboard repere-proof">
      <div className="repere-proof__controls">
        <h1>{t('proofPage.title')}</h1>
        <UnofficialNotice />
        <MachineDraftNote />
        <p>{t('proofPage.intro')}</p>
        <p><a href="options.html#/documents">{t('proofPage.back')}</a></p>
        {status === 'loading' ? <p role="status">{t('loading')}</p> : null}
        {status === 'locked' ? <p className="repere-notice">{t('locked')}</p> : null}
        {status === 'ready' && eligible.length === 0 ? <p className="repere-notice">{t('proofPage.none')}</p> : null}

        {eligible.length > 0 ? (
          <>
            <fieldset className="repere-field repere-choice" aria-describedby={chosen.length === 0 ? ids.choose : undefined}>
              <legend>{t('proofPage.choose')}</legend>
              {eligible.map((doc) => (
                <div className="repere-check" key={doc.id}>
                  <input
                    id={`proof-${doc.id}`}
                    type="checkbox"
                    checked={!unchosen.has(doc.id)}
                    onChange={(event) => toggle(doc.id, event.target.checked)}
                  />
                  <label htmlFor={`proof-${doc.id}`}>
                    {plainText(t(`kinds.${doc.kind}`))}
                    {doc.expiry || doc.filedOn ? <> — <bdi lang="fr" dir="ltr">{dates.french((doc.expiry ?? doc.filedOn)!)}</bdi></> : null}
                  </label>
                </div>
              ))}
              {chosen.length === 0 ? <p id={ids.choose} className="repere-field__error">{t('proofPage.noneChosen')}</p> : null}
            </fieldset>
            <div className="repere-field">
              <label htmlFor={ids.audience}>{t('proofPage.audience')}</label>
              <select id={ids.audience} value={audience} onChange={(event) => setAudience(event.target.value as Audience)}>
                {AUDIENCES.map((value) => <option key={value} value={value}>{t(`proofPage.audiences.${value}`)}</option>)}
              </select>
            </div>
            <div className="repere-doc-form__actions">
              <button type="button" className="repere-button" disabled={!sheet} onClick={() => window.print()}>
                <PrintIcon size={20} />
                {t('proofPage.print')}
              </button>
              <button type="button" className="repere-button repere-button--secondary" disabled={!sheet} onClick={() => void downloadPdf()}>
                {t('proofPage.pdf')}
              </button>
            </div>
            <p role="status">{message}</p>
          </>
        ) : null}

        {sheet ? (
          <section className="repere-proof__summary" aria-labelledby="proof-summary">
            <h2 id="proof-summary">{t('proofPage.summaryTitle')}</h2>
            <p>{t('proofPage.summaryAudience', { audience: t(`proofPage.audiences.${sheet.summary.audience}`) })}</p>
            <ul>
              {sheet.summary.items.map((item, index) => {
                const date = item.kind === 'titre-sejour' ? item.continuityEnd : item.date;
                if (item.kind === 'titre-sejour' && !item.continuityEnd) return null;
                return <li key={`${item.kind}-${index}`}><Rich ns="documents" k={`proofPage.summary.${item.kind}`} values={{ date: date ? dates.french(date) : '' }} /></li>;
              })}
            </ul>
            {sheet.silent.some((line) => line.source === 'css-d512-1' || line.source === 'arrete-2017-05-10') ? <p>{t('proofPage.gap')}</p> : null}
            <p>{t('proofPage.references')}</p>
          </section>
        ) : null}
      </div>

      {sheet ? <Sheet sheet={sheet} /> : null}
    </main>
  );
}
