/**
 * Help: what Repère is and how to use it, what to do first when ANEF does not work (the Centre de
 * contact citoyen, with its source), the searchable glossary of ANEF words, and the languages with
 * the review state of their texts. The full failure flow has its own section.
 */
import { useTranslation } from 'react-i18next';
import { CCC_PHONE } from '../../utils/legal/sources.ts';
import { GlossaryList } from '../glossary/glossary-list.tsx';
import { LanguageReviewStatus } from '../languages/review-status.tsx';
import { Rich } from '../shared/rich-text.tsx';
import { SourceLine } from '../shared/source-line.tsx';

export function HelpSection() {
  const { t } = useTranslation(['dashboard', 'glossary']);
  return (
    <div className="repere-dashboard__section">
      <section aria-labelledby="help-what">
        <h2 id="help-what">{t('help.what.title')}</h2>
        <p>{t('help.what.text')}</p>
      </section>
      <section aria-labelledby="help-panel">
        <h2 id="help-panel">{t('help.panel.title')}</h2>
        <ul>
          <li>{t('help.panel.side')}</li>
          <li>{t('help.panel.shortcut')}</li>
          <li>{t('help.panel.language')}</li>
          <li>{t('help.panel.fieldHelp')}</li>
        </ul>
      </section>
      <section aria-labelledby="help-stuck">
        <h2 id="help-stuck">{t('help.stuck.title')}</h2>
        <ol>
          <li><Rich ns="dashboard" k="help.stuck.note" /></li>
          <li><Rich ns="dashboard" k="help.stuck.ccc" values={{ phone: CCC_PHONE }} /></li>
          <li><Rich ns="dashboard" k="help.stuck.pan" /></li>
        </ol>
        <SourceLine id="ccc-phone" />
        <SourceLine id="ceseda-r431-2" />
      </section>
      <section aria-labelledby="help-glossary">
        <h2 id="help-glossary">{t('glossary:title')}</h2>
        <GlossaryList />
      </section>
      <section aria-labelledby="help-languages">
        <h2 id="help-languages">{t('languages.title')}</h2>
        <LanguageReviewStatus />
      </section>
    </div>
  );
}
