/** The popup's next-deadline block. */
import { useTranslation } from 'react-i18next';

export function PopupDeadline({ onOpen }: { onOpen(section: string): void }) {
  const { t } = useTranslation('popup');
  return (
    <section className="repere-slot" aria-labelledby="popup-deadline">
      <h2 id="popup-deadline">{t('deadline.title')}</h2>
      <p>{t('deadline.empty')}</p>
      <button type="button" className="repere-button repere-button--secondary" onClick={() => onOpen('documents')}>
        {t('deadline.add')}
      </button>
    </section>
  );
}
