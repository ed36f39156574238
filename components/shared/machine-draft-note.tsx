/**
 * One line saying the shown language pack was drafted by a machine and not yet checked, on help
 * that opens away from the language picker (glossary and field-help dialogs). Nothing for the
 * French source or a reviewed pack.
 */
import { useTranslation } from 'react-i18next';

export function MachineDraftNote() {
  const { t } = useTranslation(['meta', 'common']);
  if (t('meta:status') !== 'machine-draft') return null;
  return <p className="repere-machine-note">{t('common:language.machineShort')}</p>;
}
