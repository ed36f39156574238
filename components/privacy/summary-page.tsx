/**
 * The readable summary of the person's data (unlisted page `summary.html`, opened after making a
 * backup file): what each section holds, in the person's language, ready to print. Read from the
 * profile store like every page (locked → only "locked"); nothing personal in the title or URL.
 * Sections plug in through ./summaries.tsx.
 */
import { useTranslation } from 'react-i18next';
import { civilToday } from '../../utils/deadlines/civil.ts';
import { SECTION_NAMES, type SectionName, type SectionValue } from '../../utils/profile/profile.ts';
import { useProfileStore } from '../../utils/state/profile-store.ts';
import { LogoIcon } from '../shared/icons.tsx';
import { MachineDraftNote } from '../shared/machine-draft-note.tsx';
import { UnofficialNotice } from '../shared/unofficial-notice.tsx';
import { useDates } from '../shared/use-dates.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { SECTION_SUMMARIES, type SectionSummary } from './summaries.tsx';

/** Namespaces the summary page loads: its own and every section summary's. */
export const SUMMARY_NAMESPACES = ['common', 'meta', 'privacy', ...new Set(Object.values(SECTION_SUMMARIES).flatMap((summary) => summary?.namespaces ?? []))];

export function SummaryPage() {
  const { t, ready } = useTranslation(['privacy', 'common']);
  const status = useProfileStore((state) => state.status);
  const profile = useProfileStore((state) => state.profile);
  const { long } = useDates();
  useDocumentTitle(`${t('privacy:summary.title')} — ${t('common:appName')}`);

  let content;
  if (!ready || status === 'loading') content = <p>{t('privacy:summary.loading')}</p>;
  else if (status === 'locked' || !profile) content = <p>{t('privacy:locked.title')}</p>;
  else {
    const sections = SECTION_NAMES.map((name) => <SectionBlock key={name} name={name} value={profile[name]} />);
    content = <>{sections}</>;
  }

  return (
    <main className="repere-summary">
      <div className="repere-summary__tools">
        <button type="button" className="repere-button" onClick={() => window.print()}>
          {t('privacy:summary.print')}
        </button>
      </div>
      <h1>
        <LogoIcon size={32} /> {t('privacy:summary.title')}
      </h1>
      <p>{t('privacy:summary.madeOn', { date: long(civilToday(new Date())) })}</p>
      <p>{t('privacy:summary.intro')}</p>
      {content}
      <UnofficialNotice />
      <MachineDraftNote />
    </main>
  );
}

function SectionBlock<K extends SectionName>({ name, value }: { name: K; value: SectionValue<K> }) {
  const { t } = useTranslation('privacy');
  const summary = SECTION_SUMMARIES[name] as SectionSummary<K> | undefined;
  if (!summary) {
    return (
      <section className="repere-summary__section">
        <h2>{t('summary.other', { name })}</h2>
        <p>{t('summary.inBackup')}</p>
      </section>
    );
  }
  return (
    <section className="repere-summary__section">
      <h2>{t(summary.title)}</h2>
      {summary.isEmpty(value) ? <p>{t('summary.empty')}</p> : summary.render(value)}
    </section>
  );
}
