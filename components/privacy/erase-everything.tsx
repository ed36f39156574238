/**
 * "Erase everything", with a confirmation: clears the clipboard if it still holds what Repère
 * copied, asks the background to erase this person's data wherever it is (utils/privacy/session.ts
 * `eraseCurrentPerson`) and to end the session, then shows the end-of-session checklist.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import { clearClipboardIfOurs } from '../../utils/privacy/clipboard.ts';
import { useEndOfSessionStore } from './end-of-session.tsx';
import { outcomeOf } from './use-privacy.ts';

export function EraseEverything() {
  const { t } = useTranslation('privacy');
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const erase = async () => {
    const clipboardCleared = await clearClipboardIfOurs().catch(() => false);
    const code = await outcomeOf(sendMessage('eraseCurrentPerson'));
    if (code) {
      setError(t(`error.${code}`));
      return;
    }
    setAsking(false);
    useEndOfSessionStore.setState({ shown: true, clipboardCleared });
  };

  if (!asking) {
    return (
      <div className="repere-erase">
        <button ref={buttonRef} type="button" className="repere-button repere-button--danger" onClick={() => setAsking(true)}>
          {t('erase.button')}
        </button>
      </div>
    );
  }
  return (
    <div className="repere-alert repere-erase">
      <p ref={questionRef} tabIndex={-1}>{t('erase.confirm')}</p>
      {error ? <p role="alert">{error}</p> : null}
      <div className="repere-buttons">
        <button type="button" className="repere-button repere-button--danger" onClick={() => void erase()}>
          {t('erase.yes')}
        </button>
        <button type="button" className="repere-button repere-button--secondary" onClick={() => setAsking(false)}>
          {t('erase.no')}
        </button>
      </div>
    </div>
  );
}
