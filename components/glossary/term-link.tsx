/**
 * `<term id="api">…</term>` in a pack string: the word opens its glossary entry. The id is
 * untrusted (it comes from a pack): an unknown id, or no glossary here, leaves plain text.
 *
 * It is a `role="button"` span rather than a `<button>`: a button is always an atomic box that
 * cannot break across lines, so a long word ("attestation de prolongation d'instruction, API")
 * would tear its sentence apart, above all in narrow right-to-left panels. The span keeps what a
 * button gives: focus, Enter and Space, and the button role with the word as its name.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { isTermId } from '../../utils/glossary/terms.ts';
import { useGlossary } from './glossary-context.tsx';

export function TermLink({ id, children }: { id?: unknown; children?: ReactNode }) {
  const glossary = useGlossary();
  if (!glossary || !isTermId(id)) return <>{children}</>;
  const open = (target: HTMLElement) => glossary.open(id, target);
  return (
    <span
      role="button"
      tabIndex={0}
      className="repere-term"
      aria-haspopup="dialog"
      data-term={id}
      onClick={(event) => open(event.currentTarget)}
      onKeyDown={(event: KeyboardEvent<HTMLSpanElement>) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        open(event.currentTarget);
      }}
    >
      {children}
    </span>
  );
}
