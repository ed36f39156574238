/**
 * What the person does with the letter: open the print page (or print it, on that page), download
 * the PDF, copy the plain text for a word processor. The PDF file name holds no name or number.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyWithClear } from '../../utils/privacy/clipboard.ts';
import { buildLetterPdf } from '../../utils/letter/letter-pdf.ts';
import type { LetterModel } from '../../utils/letter/substitution-letter.ts';
import { downloadFile } from '../shared/download.ts';
import type { LetterPhoto } from './use-letter.ts';

type Status = { kind: 'copied' } | { kind: 'pdf'; replaced: string[] } | { kind: 'failed' } | null;

export function LetterActions({ model, photos, date, mode }: {
  model: LetterModel;
  photos: LetterPhoto[];
  /** YYYY-MM-DD, for the file name. */
  date: string;
  /** 'open': a link to the print page (dashboard); 'print': the print button (print page). */
  mode: 'open' | 'print';
}) {
  const { t } = useTranslation('letter');
  const [status, setStatus] = useState<Status>(null);

  const downloadPdf = async () => {
    setStatus(null);
    try {
      const { bytes, replaced } = await buildLetterPdf(model, photos.map((photo) => ({ annex: photo.annex, caption: photo.caption, jpegDataUrl: photo.dataUrl })));
      downloadFile(`lettre-prefecture-${date}.pdf`, 'application/pdf', bytes as BlobPart);
      setStatus({ kind: 'pdf', replaced });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  const copy = async () => {
    try {
      await copyWithClear(model.text);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <div className="repere-letter-actions">
      <div className="repere-actions">
        {mode === 'open' ? (
          <a className="repere-button" href="letter.html" target="_blank" rel="noopener">{t('actions.open')}</a>
        ) : (
          <button type="button" className="repere-button" onClick={() => window.print()}>{t('actions.print')}</button>
        )}
        <button type="button" className="repere-button repere-button--secondary" onClick={() => void downloadPdf()}>{t('actions.pdf')}</button>
        <button type="button" className="repere-button repere-button--secondary" onClick={() => void copy()}>{t('actions.copy')}</button>
      </div>
      <div role="status" className="repere-actions__status">
        {status?.kind === 'copied' ? <p>{t('actions.copied')} {t('common:clipboardClears')}</p> : null}
        {status?.kind === 'pdf' ? <p>{t('actions.pdfReady')}</p> : null}
        {status?.kind === 'pdf' && status.replaced.length > 0 ? (
          <p className="repere-notice">{t('actions.pdfReplaced', { chars: status.replaced.join(' ') })}</p>
        ) : null}
        {status?.kind === 'failed' ? <p className="repere-alert">{t('actions.failed')}</p> : null}
      </div>
    </div>
  );
}
