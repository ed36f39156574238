/**
 * The .ics export: on a shared computer it asks the person to delete the file afterwards; on their
 * own device it does not. The device mode is followed as it changes (French and Arabic).
 */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CalendarExport } from '../../../components/documents/calendar-export.tsx';
import type { TrackedDocument } from '../../../utils/deadlines/documents.ts';
import { flatPack } from '../test-i18n.ts';
import { renderWithDocuments } from './harness.tsx';

const docs: TrackedDocument[] = [{ id: 'titre', kind: 'titre-sejour', expiry: '2027-03-07', onAnef: true }];

afterEach(() => vi.useRealTimers());

describe('calendar export', () => {
  // One test: the device-mode cache is bound once per test file, and the fake browser forgets its
  // listeners between tests. The first change comes while the cache's first read may be on its way.
  it('says to delete the file on a shared computer, not on the person\'s own device (fr, then ar)', async () => {
    for (const [language, first, then] of [['fr', 'shared', 'own'], ['ar', 'own', 'shared']] as const) {
      const words = flatPack(language, 'documents');
      const note = () => screen.queryByText(words.get('calendar.shared')!);
      await fakeBrowser.storage.local.set({ device: { mode: first } });
      const { view } = await renderWithDocuments(<CalendarExport docs={docs} today="2026-11-27" />, { docs, language });
      expect(screen.getByRole('button', { name: words.get('calendar.button')! })).toBeVisible();
      await vi.waitFor(() => expect(note() !== null).toBe(first === 'shared'));
      await fakeBrowser.storage.local.set({ device: { mode: then } });
      await vi.waitFor(() => expect(note() !== null).toBe(then === 'shared'));
      if (note()) expect(note()).toBeVisible();
      view.unmount();
    }
  });
});
