/**
 * Renders the "?" of every recognised ANEF field (utils/state/field-help-store.ts) into its own
 * small shadow root, from the panel's React tree: same language, same packs, one React root.
 * The `fieldhelp` pack is loaded only when the first field is found.
 */
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useFieldHelpStore } from '../../utils/state/field-help-store.ts';
import { FieldHelpButton } from './field-help-button.tsx';

export function FieldHelpLayer() {
  const spots = useFieldHelpStore((state) => state.spots);
  if (spots.length === 0) return null;
  return <FieldHelpPortals />;
}

function FieldHelpPortals() {
  const spots = useFieldHelpStore((state) => state.spots);
  // Loads the pack (once) and waits for it: a "?" without its name would be useless.
  const { ready } = useTranslation(['fieldhelp', 'common', 'meta']);
  if (!ready) return null;
  return <>{spots.map((spot) => createPortal(<FieldHelpButton spot={spot} />, spot.container, spot.key))}</>;
}
