/**
 * Practice mode: simulated ANEF screens with the real Repère panel beside them, so that a volunteer
 * can walk a group through a procedure without an account and without any network. Every screen
 * says it is a simulation.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageStore } from '../../utils/state/page-store.ts';
import { isFocusShortcut, useOverlayStore } from '../../utils/state/overlay-store.ts';
import { Dock } from '../overlay/dock.tsx';
import { OverlayActionsContext, type OverlayActions } from '../overlay/overlay-actions.ts';
import { openDashboardTab } from '../shared/start-page.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { neighbour, SCREENS, type ScreenId } from './screens.ts';
import { SimulatedScreen } from './simulated-screen.tsx';

const actions: OverlayActions = { openDashboard: (section) => void openDashboardTab(section) };

export function PracticeApp() {
  const { t } = useTranslation('practice');
  const [screen, setScreen] = useState<ScreenId>('home');
  const focusRequest = useOverlayStore((state) => state.focusRequest);
  const screenHeading = useRef<HTMLDivElement>(null);
  const chooserId = useId();
  useDocumentTitle(t('title'));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isFocusShortcut(event)) return;
      event.preventDefault();
      useOverlayStore.getState().requestFocus();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);

  useEffect(() => {
    const page = SCREENS.find((candidate) => candidate.id === screen)?.page;
    if (page) usePageStore.getState().setPage(page);
  }, [screen]);

  const go = (id: ScreenId) => {
    setScreen(id);
    screenHeading.current?.focus();
  };
  const previous = neighbour(screen, -1);
  const next = neighbour(screen, 1);

  return (
    <OverlayActionsContext.Provider value={actions}>
      <div className="practice">
        <p className="practice__banner">
          <strong lang="fr">Simulation — ceci n'est pas le site officiel.</strong> {t('banner')}
        </p>
        <nav className="practice__nav" aria-label={t('navLabel')}>
          <label htmlFor={chooserId}>{t('chooseScreen')}</label>
          <select id={chooserId} value={screen} onChange={(event) => go(event.target.value as ScreenId)}>
            {SCREENS.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>{t(`screen.${candidate.id}`)}</option>
            ))}
          </select>
          <button type="button" className="repere-button repere-button--secondary" disabled={!previous} onClick={() => previous && go(previous)}>
            {t('previous')}
          </button>
          <button type="button" className="repere-button" disabled={!next} onClick={() => next && go(next)}>
            {t('next')}
          </button>
        </nav>
        <main className="practice__screen" aria-label={t('screenLabel')}>
          <div lang="fr" dir="ltr" className="practice__sim" ref={screenHeading} tabIndex={-1}>
            <p className="practice__sim-flag" aria-hidden="true">SIMULATION</p>
            <SimulatedScreen id={screen} go={go} />
          </div>
        </main>
      </div>
      <Dock hostDocument={document} focusRequest={focusRequest} />
    </OverlayActionsContext.Provider>
  );
}
