/**
 * The open panel: who we are (unofficial), where the person is, what to do here, the slots the
 * features fill (incident journal, checklist, next deadline), the "It doesn't work" button (it opens
 * the incident block), the language.
 */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useOverlayStore } from '../../utils/state/overlay-store.ts';
import { usePageStore } from '../../utils/state/page-store.ts';
import { useProfileStore } from '../../utils/state/profile-store.ts';
import { ChecklistSlot } from '../checklist/checklist-slot.tsx';
import { DeadlineSlot } from '../documents/deadline-slot.tsx';
import { IncidentBlock } from '../failure/incident-block.tsx';
import { LockedNotice } from '../privacy/locked-notice.tsx';
import { LockWarning } from '../privacy/lock-warning.tsx';
import { NextPersonButton } from '../privacy/session-buttons.tsx';
import { CloseIcon, LogoIcon, SwapSideIcon, WarningIcon } from '../shared/icons.tsx';
import { LanguagePicker } from '../shared/language-picker.tsx';
import { UnofficialNotice } from '../shared/unofficial-notice.tsx';
import { useOverlayActions } from './overlay-actions.ts';
import { PageSummary } from './page-summary.tsx';
import type { Side } from './page-space.ts';

export interface PanelProps {
  side: Side;
  onCollapse(): void;
  onSwapSide(): void;
}

export const Panel = forwardRef<HTMLHeadingElement, PanelProps>(function Panel({ side, onCollapse, onSwapSide }, headingRef) {
  const { t } = useTranslation(['overlay', 'common']);
  const page = usePageStore((state) => state.page);
  // Locked: nothing of the person is rendered, only that it is locked (the slots are not mounted).
  const locked = useProfileStore((state) => state.status === 'locked');
  const actions = useOverlayActions();
  const otherSide = side === 'left' ? 'right' : 'left';

  return (
    <div className="repere-panel">
      <div className="repere-panel__header">
        <h2 className="repere-panel__title" ref={headingRef} tabIndex={-1}>
          <LogoIcon size={28} />
          <span>
            {t('common:appName')}
            <span className="repere-panel__tagline">{t('common:tagline')}</span>
          </span>
        </h2>
        <div className="repere-panel__tools">
          <button type="button" className="repere-tool" onClick={onSwapSide} title={t(`overlay:moveTo.${otherSide}`)}>
            <SwapSideIcon size={22} />
            <span className="repere-visually-hidden">{t(`overlay:moveTo.${otherSide}`)}</span>
          </button>
          <button type="button" className="repere-tool" onClick={onCollapse} aria-expanded="true">
            <CloseIcon size={22} />
            <span className="repere-tool__text">{t('overlay:collapse')}</span>
          </button>
        </div>
      </div>

      <div className="repere-panel__body">
        <LockWarning />
        <PageSummary page={page} />
        <IncidentBlock />

        {locked ? (
          <LockedNotice onUnlock={() => actions.openDashboard('privacy')} />
        ) : (
          <>
            <ChecklistSlot />
            <DeadlineSlot />
          </>
        )}

        <button type="button" className="repere-button repere-button--danger repere-not-working" onClick={() => useOverlayStore.getState().requestIncident()}>
          <WarningIcon />
          {t('common:notWorking')}
        </button>

        <NextPersonButton />
        <LanguagePicker compact />
        <UnofficialNotice />
        <p className="repere-panel__shortcut">{t('overlay:shortcut')}</p>
        <button type="button" className="repere-button repere-button--secondary" onClick={() => actions.openDashboard('help')}>
          {t('common:openDashboard')}
        </button>
      </div>
    </div>
  );
});
