/**
 * What the panel's buttons do, given by whoever hosts the panel: the content script on ANEF
 * (messages to the background) or practice mode (an extension page, which can act directly).
 */
import { createContext, useContext } from 'react';
import type { DashboardSection } from '../../utils/messaging/protocol.ts';

export interface OverlayActions {
  openDashboard(section: DashboardSection): void;
}

export const OverlayActionsContext = createContext<OverlayActions>({
  openDashboard() {},
});

export function useOverlayActions(): OverlayActions {
  return useContext(OverlayActionsContext);
}
