/** Where the person is on ANEF, as last recognised (content script and practice mode). */
import { create } from 'zustand';
import type { PageInfo } from '../site/recognize.ts';

export interface PageState {
  page: PageInfo;
  setPage(page: PageInfo): void;
}

export const usePageStore = create<PageState>()((set) => ({
  page: { kind: 'unknown', era: 'unknown' },
  setPage: (page) => set({ page }),
}));
