/**
 * The readable summary of a person's data (the printable page that goes with a backup file): one
 * block per profile section. A feature offers a summary of its section by adding ONE line here:
 *
 *   documents: DocumentsSummary,   // components/documents/documents-summary.tsx
 *
 * A summary is a component `({ value }) => ReactNode` given the section's value (already
 * validated), rendered under the section's heading (its own headings start at h3), in the
 * person's language; it must print on paper (no buttons, no links that matter). It also gives
 * the heading's key (`title`: i18next key with namespace). Sections without a summary are
 * listed generically ("kept in the backup file"), so nothing is hidden from the person.
 */
import type { ReactNode } from 'react';
import type { SectionName, SectionValue } from '../../utils/profile/profile.ts';
import { ChecklistSummary } from '../checklist/checklist-summary.tsx';

export interface SectionSummary<K extends SectionName> {
  /** i18next key (with namespace) of the section's heading. */
  title: string;
  /** Namespaces the summary needs (loaded by the summary page). */
  namespaces: readonly string[];
  /** True when the section holds nothing to show. */
  isEmpty(value: SectionValue<K>): boolean;
  render(value: SectionValue<K>): ReactNode;
}

export const SECTION_SUMMARIES: { [K in SectionName]?: SectionSummary<K> } = {
  checklist: ChecklistSummary,
};
