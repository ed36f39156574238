/**
 * `<term id="api">…</term>` in a pack string: the word becomes a button that opens its glossary
 * entry. The id is untrusted (it comes from a pack): an unknown id, or no glossary here, leaves
 * the word as plain text.
 */
import type { ReactNode } from 'react';
import { isTermId } from '../../utils/glossary/terms.ts';
import { useGlossary } from './glossary-context.tsx';

export function TermLink({ id, children }: { id?: unknown; children?: ReactNode }) {
  const glossary = useGlossary();
  if (!glossary || !isTermId(id)) return <>{children}</>;
  return (
    <button
      type="button"
      className="repere-term"
      aria-haspopup="dialog"
      data-term={id}
      onClick={(event) => glossary.open(id, event.currentTarget)}
    >
      {children}
    </button>
  );
}
