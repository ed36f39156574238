/**
 * The dashboard (options page opened in a tab): one section per feature, chosen from a navigation
 * bar and kept in the URL hash so that the panel and notifications can open a given section.
 */
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSection } from '../../utils/messaging/protocol.ts';
import { GlossaryProvider } from '../glossary/glossary-context.tsx';
import { LogoIcon } from '../shared/icons.tsx';
import { LanguagePicker } from '../shared/language-picker.tsx';
import { UnofficialNotice } from '../shared/unofficial-notice.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { ProceduresSection } from '../checklist/procedures-section.tsx';
import { DocumentsSection } from '../documents/documents-section.tsx';
import { FailureSection } from '../failure/failure-section.tsx';
import { EndOfSession } from '../privacy/end-of-session.tsx';
import { LockScreen } from '../privacy/lock-screen.tsx';
import { LockWarning } from '../privacy/lock-warning.tsx';
import { PrivacySection } from '../privacy/privacy-section.tsx';
import { NextPersonButton } from '../privacy/session-buttons.tsx';
import { usePrivacyState } from '../privacy/use-privacy.ts';
import { WelcomePage } from '../privacy/welcome-page.tsx';
import { useProfileStore } from '../../utils/state/profile-store.ts';
import { HelpSection } from './help-section.tsx';
import { SettingsSection } from './settings-section.tsx';
import { useHashSection } from './use-hash-section.ts';

export const SECTIONS: readonly DashboardSection[] = ['procedures', 'documents', 'failure', 'help', 'privacy', 'settings'];

/** What each section shows (each feature's own component). */
const CONTENT: Record<DashboardSection, () => ReactNode> = {
  procedures: () => <ProceduresSection />,
  documents: () => <DocumentsSection />,
  failure: () => <FailureSection />,
  help: () => <HelpSection />,
  privacy: () => <PrivacySection />,
  settings: () => <SettingsSection />,
};

/** Sections that show the person's data: while Repère is locked they show the unlock screen. */
const PERSONAL: readonly DashboardSection[] = ['procedures', 'documents', 'failure'];

export function DashboardApp() {
  const { t } = useTranslation(['dashboard', 'common']);
  const route = useHashSection([...SECTIONS, 'welcome'], 'procedures');
  const section: DashboardSection = route === 'welcome' ? 'privacy' : route;
  const locked = useProfileStore((state) => state.status === 'locked');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useDocumentTitle(`${route === 'welcome' ? t('privacy:welcome.title') : t(`dashboard:nav.${section}`)} — ${t('common:appName')}`);

  useEffect(() => {
    // Moving between sections moves the focus to the new heading (not on first load).
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [section]);

  return (
    <GlossaryProvider>
    <div className="repere-dashboard">
      <header className="repere-dashboard__header">
        <p className="repere-dashboard__brand">
          <LogoIcon size={36} />
          <span>
            {t('common:appName')}
            <span className="repere-dashboard__tagline">{t('common:tagline')}</span>
          </span>
        </p>
        <div className="repere-dashboard__tools">
          {route !== 'welcome' ? <NextPersonButton /> : null}
          <LanguagePicker />
        </div>
      </header>
      <LockWarning />
      <UnofficialNotice />
      {route === 'welcome' ? <WelcomePage /> : <Sections section={section} locked={locked} headingRef={headingRef} />}
    </div>
    </GlossaryProvider>
  );
}

function Sections({ section, locked, headingRef }: { section: DashboardSection; locked: boolean; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation(['dashboard', 'common']);
  return (
    <>
      <nav className="repere-dashboard__nav" aria-label={t('dashboard:navLabel')}>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#/${id}`} aria-current={id === section ? 'page' : undefined}>
                {t(`dashboard:nav.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="repere-dashboard__main">
        <h1 ref={headingRef} tabIndex={-1}>{t(`dashboard:nav.${section}`)}</h1>
        <EndOfSession />
        {locked && PERSONAL.includes(section) ? <LockGate /> : CONTENT[section]()}
      </main>
    </>
  );
}

/** In a section with personal data, while locked: the unlock screen instead. */
function LockGate() {
  const state = usePrivacyState();
  return <div className="repere-dashboard__section">{state?.session === 'locked' ? <LockScreen state={state} /> : null}</div>;
}
