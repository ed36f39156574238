/**
 * Opening a glossary entry from anywhere in a UI (panel, dashboard): `<term id>` buttons call
 * `useGlossary().open(id)`, and the provider shows the entry in one dialog. Without a provider
 * (e.g. the popup) terms are plain text.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TermId } from '../../utils/glossary/terms.ts';
import { GlossaryDialog } from './glossary-dialog.tsx';

export interface GlossaryApi {
  /** Shows the entry; focus goes back to `opener` when it closes. */
  open(id: TermId, opener?: HTMLElement | null): void;
}

const GlossaryContext = createContext<GlossaryApi | null>(null);

export function useGlossary(): GlossaryApi | null {
  return useContext(GlossaryContext);
}

export function GlossaryProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<TermId | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback((id: TermId, from?: HTMLElement | null) => {
    opener.current = from ?? null;
    setShown(id);
  }, []);
  const api = useMemo(() => ({ open }), [open]);
  const close = useCallback(() => {
    setShown(null);
    opener.current?.focus();
  }, []);
  return (
    <GlossaryContext.Provider value={api}>
      {children}
      {shown ? <GlossaryDialog id={shown} onClose={close} /> : null}
    </GlossaryContext.Provider>
  );
}
