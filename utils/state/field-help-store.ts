/**
 * The "?" buttons currently beside ANEF form fields (components/field-help/field-hosts.ts puts
 * their small shadow roots into the page; the panel's React tree renders into them). Holds no
 * personal data: field kinds and ANEF's own label texts only.
 */
import { create } from 'zustand';
import type { FieldHelpId } from '../site/fields.ts';

export interface FieldHelpSpot {
  /** Stable while the field stays on the page. */
  key: string;
  field: FieldHelpId;
  /** The label as ANEF shows it (French or English: the page's language). */
  anefLabel: string;
  /** Element inside the "?" host's shadow root that React renders into. */
  container: HTMLElement;
}

export const useFieldHelpStore = create<{ spots: readonly FieldHelpSpot[] }>()(() => ({ spots: [] }));
