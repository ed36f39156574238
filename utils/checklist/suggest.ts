/**
 * Which procedure the page the person is on belongs to, when the page says so. Pure.
 *
 * Known: `#/sejour/demande-tse/etudiant` is the student renewal form (ANEF QA suite, anef-site.md
 * §1.3; fixtures …/sejour-etudiant-*), and the nationality tab of the personal space is the
 * naturalisation follow-up. ASSUMPTION (not seen on ANEF): other categories' forms use the same
 * route with their own slug, and `demande-tse` forms are renewals like the student one. The
 * assumed slugs are Repère's own category ids below; a wrong guess only means no suggestion.
 */
import type { PageKind } from '../site/recognize.ts';
import { SEJOUR_CATEGORY_ROUTE } from '../site/selectors.ts';
import { findProcedure, type ProcedureId } from './catalog.ts';

/** Category slug in `#/sejour/demande-tse/<slug>` → procedure. Only `etudiant` is confirmed. */
const CATEGORY_SLUGS: Readonly<Record<string, ProcedureId>> = {
  etudiant: 'etudiant-renouvellement',
  // Assumed slugs (never seen on ANEF): Repère's category ids.
  salarie: 'salarie-renouvellement',
  talent: 'talent-renouvellement',
  visiteur: 'visiteur-renouvellement',
  'conjoint-francais': 'conjoint-francais-renouvellement',
  'parent-francais': 'parent-francais-renouvellement',
  'regroupement-familial': 'regroupement-familial-renouvellement',
  refugie: 'refugie-renouvellement',
  'protection-subsidiaire': 'protection-subsidiaire-renouvellement',
  apatride: 'apatride-renouvellement',
  'ue-citoyen': 'ue-citoyen-renouvellement',
  'ue-famille': 'ue-famille-renouvellement',
};

/**
 * The procedure suggested for a page, from its hash route (as `PageInfo.route`: lower case, no
 * query) and, when known, its kind. Undefined when the page does not tell.
 */
export function suggestProcedure(route: string | undefined, kind?: PageKind): ProcedureId | undefined {
  if (kind === 'naturalisation') return 'naturalisation';
  const slug = route ? SEJOUR_CATEGORY_ROUTE.exec(route)?.[1] : undefined;
  const id = slug ? CATEGORY_SLUGS[slug] : undefined;
  return findProcedure(id)?.id;
}
