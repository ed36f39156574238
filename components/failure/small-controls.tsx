/** Small controls the failure screens share: a delete button that asks first, a copy button. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyWithClear } from '../../utils/privacy/clipboard.ts';

/** A button that asks "really?" before acting (deleting evidence must not be one slip away). */
export function ConfirmButton({ label, onConfirm, describedBy }: { label: string; onConfirm(): void; describedBy?: string }) {
  const { t } = useTranslation('failure');
  const [asking, setAsking] = useState(false);
  const noRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) noRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="repere-button repere-button--secondary" aria-describedby={describedBy} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="repere-confirm" role="group" aria-label={label}>
      <span>{t('confirm.question')}</span>
      <button type="button" className="repere-button repere-button--danger" onClick={() => { setAsking(false); onConfirm(); }}>
        {t('confirm.yes')}
      </button>
      <button type="button" ref={noRef} className="repere-button repere-button--secondary" onClick={() => setAsking(false)}>
        {t('confirm.no')}
      </button>
    </span>
  );
}

/** Copies `text`; says so in a status line. */
export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const { t } = useTranslation('failure');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="repere-copy">
      <button type="button" className="repere-button repere-button--secondary" onClick={() => {
        copyWithClear(text).then(() => setState('copied'), () => setState('failed'));
      }}>
        {label}
      </button>
      <span role="status">{state === 'copied' ? `${done} ${t('common:clipboardClears')}` : state === 'failed' ? t('copyFailed') : ''}</span>
    </span>
  );
}
