/**
 * A glossary entry in a modal dialog, opened by `<term>` buttons in the panel and the dashboard.
 * The `glossary` pack is loaded on first use, so the panel does not carry it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermId } from '../../utils/glossary/terms.ts';
import { ModalDialog } from '../shared/modal-dialog.tsx';
import { GlossaryEntry } from './glossary-entry.tsx';

export function GlossaryDialog({ id, onClose }: { id: TermId; onClose(): void }) {
  const { ready } = useTranslation(['glossary', 'common']);
  const headingId = useId();
  return (
    <ModalDialog labelledBy={headingId} className="repere-glossary-dialog" onClose={onClose}>
      {ready ? <GlossaryEntry id={id} headingId={headingId} headingLevel={2} /> : <h2 id={headingId}>…</h2>}
    </ModalDialog>
  );
}
