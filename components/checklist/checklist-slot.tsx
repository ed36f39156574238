/** The panel's checklist slot: the person's steps for the chosen procedure. */
import { useTranslation } from 'react-i18next';
import { ArrowIcon } from '../shared/icons.tsx';
import { useOverlayActions } from '../overlay/overlay-actions.ts';

export function ChecklistSlot() {
  const { t } = useTranslation('overlay');
  const actions = useOverlayActions();
  return (
    <section className="repere-slot" aria-labelledby="repere-slot-checklist">
      <h3 id="repere-slot-checklist">{t('checklist.title')}</h3>
      <p>{t('checklist.empty')}</p>
      <button type="button" className="repere-button repere-button--secondary" onClick={() => actions.openDashboard('procedures')}>
        {t('checklist.choose')}
        <ArrowIcon size={20} />
      </button>
    </section>
  );
}
