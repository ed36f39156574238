/** The panel's deadline slot: the person's next important date. */
import { useTranslation } from 'react-i18next';
import { ArrowIcon } from '../shared/icons.tsx';
import { useOverlayActions } from '../overlay/overlay-actions.ts';

export function DeadlineSlot() {
  const { t } = useTranslation('overlay');
  const actions = useOverlayActions();
  return (
    <section className="repere-slot" aria-labelledby="repere-slot-deadline">
      <h3 id="repere-slot-deadline">{t('deadline.title')}</h3>
      <p>{t('deadline.empty')}</p>
      <button type="button" className="repere-button repere-button--secondary" onClick={() => actions.openDashboard('documents')}>
        {t('deadline.add')}
        <ArrowIcon size={20} />
      </button>
    </section>
  );
}
