/** The panel's deadline slot: the person's next important date. */
import { useOverlayActions } from '../overlay/overlay-actions.ts';
import { NextDeadlineBlock } from './next-deadline-block.tsx';

export function DeadlineSlot() {
  const actions = useOverlayActions();
  return <NextDeadlineBlock ns="overlay" headingId="repere-slot-deadline" level={3} onOpen={() => actions.openDashboard('documents')} />;
}
