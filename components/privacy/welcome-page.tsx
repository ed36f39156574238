/**
 * The first run (dashboard `#/welcome`, opened when Repère is installed): in the browser's
 * language (French when Repère does not speak it), the one question Repère needs before keeping
 * anything — is this the person's own device or a shared computer? The answer can be changed later
 * in "Privacy & this computer".
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModeChooser } from './mode-chooser.tsx';
import { usePrivacyState } from './use-privacy.ts';

export function WelcomePage() {
  const { t } = useTranslation('privacy');
  const state = usePrivacyState();
  const [answered, setAnswered] = useState<'own' | 'shared' | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answered) doneRef.current?.focus();
  }, [answered]);

  return (
    <main className="repere-dashboard__main repere-welcome">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      {answered ? (
        <div ref={doneRef} tabIndex={-1} className="repere-notice" role="status">
          <p>{t(`welcome.${answered}Done`)}</p>
          <p>{t('welcome.later')}</p>
          <a className="repere-button" href="#/procedures">{t('welcome.continue')}</a>
        </div>
      ) : state ? (
        <ModeChooser state={state} onDone={setAnswered} />
      ) : (
        <p>{t('loading')}</p>
      )}
    </main>
  );
}
