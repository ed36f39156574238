import { useSyncExternalStore } from 'react';

/**
 * The dashboard section from the URL hash (`options.html#/documents`), following back/forward.
 * Hash routing because extension pages are files (WXT "frontend frameworks": routers need hash mode).
 */
export function useHashSection<T extends string>(sections: readonly T[], fallback: T): T {
  const hash = useSyncExternalStore(
    (notify) => {
      window.addEventListener('hashchange', notify);
      return () => window.removeEventListener('hashchange', notify);
    },
    () => window.location.hash,
  );
  const wanted = hash.replace(/^#\/?/, '').split(/[/?]/)[0] as T;
  return sections.includes(wanted) ? wanted : fallback;
}
