/**
 * The person's checklist progress in a component: read from the profile store (section
 * `checklist`), changed through the pure reducer (utils/checklist/progress.ts) and written back
 * section-wise. Ticks made quickly one after the other build on each other: each change starts
 * from the store's latest value, which shows every write at once.
 */
import { useCallback } from 'react';
import { checklistReducer, emptyProgress, type ChecklistAction, type ChecklistProgress } from '../../utils/checklist/progress.ts';
import { useProfileStore, type ProfileState } from '../../utils/state/profile-store.ts';

const EMPTY: ChecklistProgress = emptyProgress();

export interface ChecklistState {
  status: ProfileState['status'];
  progress: ChecklistProgress;
  dispatch(action: ChecklistAction): void;
}

export function useChecklist(): ChecklistState {
  const status = useProfileStore((state) => state.status);
  const progress = useProfileStore((state) => state.profile?.checklist) ?? EMPTY;
  const update = useProfileStore((state) => state.update);
  const dispatch = useCallback(
    (action: ChecklistAction) => {
      const current = useProfileStore.getState().profile?.checklist ?? EMPTY;
      const next = checklistReducer(current, action);
      if (next !== current) void update('checklist', next);
    },
    [update],
  );
  return { status, progress, dispatch };
}
