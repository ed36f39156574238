/**
 * The dashboard (options page opened in a tab): one section per feature, chosen from a navigation
 * bar and kept in the URL hash so that the panel and notifications can open a given section.
 */
import { useEffect, useRef, type ReactNode } from 'react';
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
import { PrivacySection } from '../privacy/privacy-section.tsx';
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

export function DashboardApp() {
  const { t } = useTranslation(['dashboard', 'common']);
  const section = useHashSection(SECTIONS, 'procedures');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useDocumentTitle(`${t(`dashboard:nav.${section}`)} — ${t('common:appName')}`);

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
          <LanguagePicker />
        </header>
        <UnofficialNotice />
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
          {CONTENT[section]()}
        </main>
      </div>
    </GlossaryProvider>
  );
}
