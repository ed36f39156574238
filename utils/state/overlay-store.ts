/** Panel state that is not stored: requests to take the keyboard focus (shortcut). */
import { create } from 'zustand';

export interface OverlayState {
  /** Increases at every request; the dock acts on each new value. */
  focusRequest: number;
  requestFocus(): void;
}

export const useOverlayStore = create<OverlayState>()((set) => ({
  focusRequest: 0,
  requestFocus: () => set((state) => ({ focusRequest: state.focusRequest + 1 })),
}));

/** Alt+Shift+R (physical R key, whatever the keyboard layout) focuses the panel. */
export function isFocusShortcut(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyR';
}
