/**
 * After "Erase everything": what Repère cannot do for the person, as a short checklist (CNIL advice
 * for public computers and the social sector, facts/users-languages.md §4.1): log out of ANEF,
 * delete downloaded files, refuse or remove saved passwords, close the browser. Shown at the top of
 * the dashboard (a page-wide flag: the section that asked may be gone once the data is erased).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { SourceLine } from '../shared/source-line.tsx';

export const useEndOfSessionStore = create<{ shown: boolean; clipboardCleared: boolean }>()(() => ({ shown: false, clipboardCleared: false }));

export function EndOfSession() {
  const { t } = useTranslation('privacy');
  const shown = useEndOfSessionStore((state) => state.shown);
  const clipboardCleared = useEndOfSessionStore((state) => state.clipboardCleared);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shown) headingRef.current?.focus();
  }, [shown]);
  if (!shown) return null;
  return (
    <section className="repere-notice repere-end-of-session" aria-labelledby="repere-end-title">
      <h2 id="repere-end-title" ref={headingRef} tabIndex={-1}>{t('endOfSession.title')}</h2>
      <p role="status">{t('erase.done')}{clipboardCleared ? ` ${t('erase.clipboard')}` : ''}</p>
      <p>{t('endOfSession.intro')}</p>
      <ol>
        <li>{t('endOfSession.logout')}</li>
        <li>{t('endOfSession.downloads')}</li>
        <li>{t('endOfSession.passwords')}</li>
        <li>{t('endOfSession.close')}</li>
      </ol>
      <SourceLine id="cnil-public-computer" />
      <SourceLine id="cnil-social-sector" />
      <button type="button" className="repere-button repere-button--secondary" onClick={() => useEndOfSessionStore.setState({ shown: false })}>
        {t('endOfSession.hide')}
      </button>
    </section>
  );
}
