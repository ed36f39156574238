/** The panel's React root: localisation, actions, and the dock. */
import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import { useOverlayStore } from '../../utils/state/overlay-store.ts';
import { FieldHelpLayer } from '../field-help/field-help-layer.tsx';
import { GlossaryProvider } from '../glossary/glossary-context.tsx';
import { LocalizedRoot } from '../shared/localized-root.tsx';
import { Dock } from './dock.tsx';
import { OverlayActionsContext, type OverlayActions } from './overlay-actions.ts';

export interface OverlayAppProps {
  i18n: I18n;
  actions: OverlayActions;
  browserLanguages: readonly string[];
  hostDocument?: Document;
  /** Called once after the first render is on screen (performance mark). */
  onFirstRender?: () => void;
}

export function OverlayApp({ i18n, actions, browserLanguages, hostDocument, onFirstRender }: OverlayAppProps) {
  const focusRequest = useOverlayStore((state) => state.focusRequest);
  useEffect(() => {
    onFirstRender?.();
    // Only the first render counts.
  }, []);
  return (
    <LocalizedRoot i18n={i18n} browserLanguages={browserLanguages} className="repere-overlay">
      <OverlayActionsContext.Provider value={actions}>
        <GlossaryProvider>
          <Dock hostDocument={hostDocument} focusRequest={focusRequest} />
        </GlossaryProvider>
        <FieldHelpLayer />
      </OverlayActionsContext.Provider>
    </LocalizedRoot>
  );
}
