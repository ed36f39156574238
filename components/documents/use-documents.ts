/**
 * The person's documents in this context, through the profile store (never storage directly),
 * and today's date as this device reads it (the rules themselves take it as input).
 */
import { useEffect, useState } from 'react';
import { civilToday } from '../../utils/deadlines/civil.ts';
import type { TrackedDocument } from '../../utils/deadlines/documents.ts';
import { useProfileStore, type ProfileState } from '../../utils/state/profile-store.ts';

const NONE: TrackedDocument[] = [];

export interface DocumentsView {
  status: ProfileState['status'];
  items: TrackedDocument[];
  /** Replaces the whole list (validated again by the background). */
  save(items: TrackedDocument[]): Promise<void>;
}

export function useDocuments(): DocumentsView {
  const status = useProfileStore((state) => state.status);
  const items = useProfileStore((state) => state.profile?.documents.items ?? NONE);
  const update = useProfileStore((state) => state.update);
  return { status, items, save: (next) => update('documents', { items: next }) };
}

/** Today's civil date, moving on at midnight while the page stays open. */
export function useToday(): string {
  const [today, setToday] = useState(() => civilToday(new Date()));
  useEffect(() => {
    const now = new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
    const timer = window.setTimeout(() => setToday(civilToday(new Date())), midnight.getTime() - now.getTime());
    return () => window.clearTimeout(timer);
  }, [today]);
  return today;
}
