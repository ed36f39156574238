/**
 * Settings: language, where the panel sits, whether it starts open, and values that could not be
 * read (kept aside, see utils/storage/recovered.ts) with the choice to delete them.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DockSide } from '../../utils/storage/items.ts';
import { clearRecovered, readRecovered, type RecoveredValue } from '../../utils/storage/recovered.ts';
import { useSettingsStore } from '../../utils/state/settings-store.ts';
import { LanguagePicker } from '../shared/language-picker.tsx';

export function SettingsSection() {
  const { t } = useTranslation('dashboard');
  const settings = useSettingsStore((state) => state.settings);
  const recoveredNow = useSettingsStore((state) => state.recovered);
  const update = useSettingsStore((state) => state.update);
  const [kept, setKept] = useState<RecoveredValue[]>([]);
  const sideId = useId();
  const openId = useId();

  useEffect(() => {
    void readRecovered().then(setKept);
  }, [recoveredNow]);

  return (
    <div className="repere-dashboard__section">
      {recoveredNow ? <p className="repere-alert" role="alert">{t('settings.recoveredNow')}</p> : null}
      <LanguagePicker />
      <div className="repere-field">
        <label htmlFor={sideId}>{t('settings.side.label')}</label>
        <select id={sideId} value={settings.dockSide} onChange={(event) => void update({ dockSide: event.target.value as DockSide })}>
          <option value="auto">{t('settings.side.auto')}</option>
          <option value="right">{t('settings.side.right')}</option>
          <option value="left">{t('settings.side.left')}</option>
        </select>
      </div>
      <div className="repere-check">
        <input id={openId} type="checkbox" checked={settings.panelOpen} onChange={(event) => void update({ panelOpen: event.target.checked })} />
        <label htmlFor={openId}>{t('settings.panelOpen')}</label>
      </div>
      <section aria-labelledby="settings-recovered">
        <h2 id="settings-recovered">{t('settings.recovered.title')}</h2>
        <p role="status">{t('settings.recovered.count', { count: kept.length })}</p>
        {kept.length > 0 ? (
          <button
            type="button"
            className="repere-button repere-button--secondary"
            onClick={() => void clearRecovered().then(() => setKept([]))}
          >
            {t('settings.recovered.delete')}
          </button>
        ) : null}
      </section>
    </div>
  );
}
