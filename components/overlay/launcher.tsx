/**
 * The folded panel: a slim bar on the same side of every page, with the two things that must
 * always be one tap away: open the help, and "It doesn't work" (which opens the panel at the
 * incident block).
 */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LogoIcon, WarningIcon } from '../shared/icons.tsx';
import { useOverlayStore } from '../../utils/state/overlay-store.ts';

export const Launcher = forwardRef<HTMLButtonElement, { onOpen(): void }>(function Launcher({ onOpen }, openRef) {
  const { t } = useTranslation(['overlay', 'common']);
  const askIncident = useOverlayStore((state) => state.requestIncident);
  return (
    <div className="repere-launcher">
      <button type="button" ref={openRef} className="repere-launcher__button" onClick={onOpen} aria-expanded="false">
        <LogoIcon size={28} />
        <span className="repere-launcher__text">{t('overlay:open')}</span>
      </button>
      <button type="button" className="repere-launcher__button repere-launcher__button--problem" onClick={() => {
        askIncident();
        onOpen();
      }}>
        <WarningIcon size={24} />
        <span className="repere-launcher__text">{t('common:notWorking')}</span>
      </button>
    </div>
  );
});
