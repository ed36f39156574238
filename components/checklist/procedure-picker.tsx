/**
 * The procedure picker: one labelled list, grouped (arrival, studies and work, family…), used in
 * the panel and the dashboard. Choosing shows that procedure's checklist at once; the ticks of
 * every procedure are kept, so changing back finds them again.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUPS, PROCEDURES } from '../../utils/checklist/catalog.ts';

export interface ProcedurePickerProps {
  value: string | null;
  onChoose(procedure: string | null): void;
  disabled?: boolean;
}

export function ProcedurePicker({ value, onChoose, disabled }: ProcedurePickerProps) {
  const { t } = useTranslation(['checklist', 'procedures']);
  const id = useId();
  return (
    <div className="repere-field repere-picker">
      <label htmlFor={id}>{t('checklist:picker.label')}</label>
      <select id={id} value={value ?? ''} disabled={disabled} onChange={(event) => onChoose(event.target.value || null)}>
        <option value="">{t('checklist:picker.none')}</option>
        {GROUPS.map((group) => (
          <optgroup key={group} label={t(`procedures:group.${group}`)}>
            {PROCEDURES.filter((procedure) => procedure.group === group).map((procedure) => (
              <option key={procedure.id} value={procedure.id}>
                {t(`procedures:procedure.${procedure.id}.name`)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
