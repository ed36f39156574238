/** The popup's next-deadline block. */
import { NextDeadlineBlock } from './next-deadline-block.tsx';

export function PopupDeadline({ onOpen }: { onOpen(section: string): void }) {
  return <NextDeadlineBlock ns="popup" headingId="popup-deadline" level={2} onOpen={() => onOpen('documents')} />;
}
