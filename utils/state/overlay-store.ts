/**
 * Panel state that is not stored: requests to take the keyboard focus (shortcut), and "It doesn't
 * work" requests that open the incident block (components/failure/incident-block.tsx). Each
 * counter increases at every request; the component acts on each new value.
 */
import { create } from 'zustand';

export interface OverlayState {
  focusRequest: number;
  requestFocus(): void;
  incidentRequest: number;
  requestIncident(): void;
}

export const useOverlayStore = create<OverlayState>()((set) => ({
  focusRequest: 0,
  requestFocus: () => set((state) => ({ focusRequest: state.focusRequest + 1 })),
  incidentRequest: 0,
  requestIncident: () => set((state) => ({ incidentRequest: state.incidentRequest + 1 })),
}));

/** Alt+Shift+R (physical R key, whatever the keyboard layout) focuses the panel. */
export function isFocusShortcut(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyR';
}
