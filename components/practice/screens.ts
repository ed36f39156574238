/**
 * The simulated ANEF screens of practice mode, in order of a séjour renewal: what each shows and
 * what the panel must understand of it (the same PageInfo the content script would recognise on
 * the real site). Texts on the screens are ANEF's own French wording (anef-site.md §1.5); the data
 * is invented.
 */
import type { PageInfo } from '../../utils/site/recognize.ts';

export type ScreenId =
  | 'home' | 'personal-space' | 'step-1' | 'step-2' | 'step-3' | 'step-4' | 'step-5' | 'step-6' | 'dossier' | 'error';

export interface PracticeScreen {
  id: ScreenId;
  page: PageInfo;
}

const form = (index: number, title: string, key: NonNullable<PageInfo['formStep']>['key']): PageInfo => ({
  kind: 'sejour-form',
  era: 'dsfr-2026',
  language: 'fr',
  route: '/sejour/demande-tse/etudiant',
  formStep: { index, total: 6, title, key },
});

export const SCREENS: readonly PracticeScreen[] = [
  { id: 'home', page: { kind: 'home', era: 'dsfr-2026', language: 'fr', route: '' } },
  { id: 'personal-space', page: { kind: 'personal-space', era: 'dsfr-2026', language: 'fr', route: '/espace-personnel/mon-compte' } },
  { id: 'step-1', page: form(1, 'Informations personnelles', 'personal-info') },
  { id: 'step-2', page: form(2, 'Motif de la demande', 'reason') },
  { id: 'step-3', page: form(3, 'Ressources', 'resources') },
  { id: 'step-4', page: form(4, 'Justificatifs', 'documents') },
  { id: 'step-5', page: form(5, 'Récapitulatif', 'summary') },
  { id: 'step-6', page: form(6, 'Confirmation', 'confirmation') },
  { id: 'dossier', page: { kind: 'dossier', era: 'dsfr-2026', language: 'fr', route: '/sejour/demande/7501202601150000123' } },
  {
    id: 'error',
    page: {
      ...form(4, 'Justificatifs', 'documents'),
      kind: 'error',
      errorText: 'Une erreur technique est survenue. Veuillez réessayer ultérieurement.',
    },
  },
];

/** The screen after or before a given one (undefined at the ends). */
export function neighbour(id: ScreenId, step: 1 | -1): ScreenId | undefined {
  const index = SCREENS.findIndex((screen) => screen.id === id);
  return SCREENS[index + step]?.id;
}
