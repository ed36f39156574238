import { useEffect } from 'react';

/** Sets the page title (never with personal data: titles end up in history and tab lists). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
