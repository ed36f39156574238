import { useSyncExternalStore } from 'react';

/** Follows a media query through its change event (no polling). */
export function useMediaQuery(query: string, win: Window = window): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = win.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => win.matchMedia(query).matches,
  );
}
