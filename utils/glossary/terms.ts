/**
 * The glossary of ANEF and administrative words (issue 8). This module holds only what does not
 * depend on the person's language: the word's id, the French word as ANEF, préfectures and letters
 * write it (the person must be able to match it), the values its explanation quotes (phone
 * numbers), and the sources behind the explanation. The explanations themselves live in the
 * `glossary` language pack (`terms.<id>.name`, `terms.<id>.text`), loaded only when a glossary
 * entry is shown, so the content script does not carry them.
 *
 * Facts come from ../shared/facts/legal.md, legal-update.md and anef-site.md only; where the notes
 * know nothing checked (OFII), the entry says so.
 */
import { foldForSearch } from '../i18n/fold.ts';
import { CCC_PHONE, DDD_PHONE, type SourceId } from '../legal/sources.ts';

export interface GlossaryTerm {
  /** Stable id, used in packs as `<term id="…">` and as `terms.<id>` keys. */
  id: string;
  /** The French word (and acronym) exactly as the person meets it. */
  french: string;
  /** Values the explanation needs (`{{phone}}`), from our own code. */
  values?: Readonly<Record<string, string>>;
  /** Where the explanation's facts come from (utils/legal/sources.ts). */
  sources: readonly SourceId[];
}

export const GLOSSARY = [
  { id: 'anef', french: 'ANEF (Administration numérique pour les étrangers en France)', sources: [] },
  { id: 'api', french: "API (attestation de prolongation d'instruction)", sources: ['ceseda-r431-15-1', 'prefecture-nord-anef'] },
  { id: 'recepisse', french: 'récépissé', sources: ['ceseda-r431-12'] },
  { id: 'attestation-depot', french: 'attestation de dépôt', sources: ['ceseda-r431-15-1'] },
  { id: 'adf', french: 'ADF (attestation de décision favorable)', sources: ['service-public-f36206'] },
  { id: 'numero-etranger', french: 'numéro étranger (numéro AGDREF)', sources: [] },
  { id: 'vls-ts', french: 'VLS-TS (visa de long séjour valant titre de séjour)', sources: ['ceseda-r431-17'] },
  { id: 'e-photo', french: 'e-photo (photo et signature numériques)', sources: ['refugies-info-ephoto', 'ephoto-code'] },
  { id: 'timbre-fiscal', french: 'timbre fiscal', sources: ['service-public-f33071'] },
  { id: 'ccc', french: 'CCC (Centre de contact citoyen)', values: { phone: CCC_PHONE }, sources: ['ccc-phone', 'service-public-f33278'] },
  { id: 'pan', french: "PAN (point d'accueil numérique)", sources: ['arrete-2023-08-01'] },
  { id: 'prefecture', french: 'préfecture', sources: ['ceseda-r431-2'] },
  { id: 'titre-sejour', french: 'titre de séjour', sources: ['ceseda-r431-5', 'ceseda-l436-5'] },
  { id: 'carte-resident', french: 'carte de résident', sources: ['arrete-2024-07-01', 'ceseda-l433-3'] },
  { id: 'solution-substitution', french: 'solution de substitution', sources: ['ceseda-r431-2', 'arrete-2023-08-01'] },
  { id: 'lrar', french: 'LRAR (lettre recommandée avec accusé de réception)', sources: ['gisti-rendez-vous'] },
  { id: 'refere', french: 'référé « mesures utiles »', sources: ['cja-l521-3', 'gisti-rendez-vous'] },
  { id: 'defenseur-droits', french: 'Défenseur des droits', values: { phone: DDD_PHONE }, sources: ['defenseur-droits', 'defenseur-droits-telephone'] },
  { id: 'caf', french: "CAF (caisse d'allocations familiales)", sources: ['css-d512-1', 'prefecture-nord-anef'] },
  { id: 'france-travail', french: 'France Travail', sources: ['france-travail-renouvellement'] },
  { id: 'ofii', french: "OFII (Office français de l'immigration et de l'intégration)", sources: [] },
] as const satisfies readonly GlossaryTerm[];

export type TermId = (typeof GLOSSARY)[number]['id'];

export const TERM_IDS: readonly TermId[] = GLOSSARY.map((term) => term.id);

/** A pack's `<term id>` is untrusted: only our own ids open an entry. */
export function isTermId(id: unknown): id is TermId {
  return typeof id === 'string' && (TERM_IDS as readonly string[]).includes(id);
}

export function glossaryTerm(id: TermId): GlossaryTerm {
  return GLOSSARY.find((term) => term.id === id)!;
}

/** What a search looks through for one entry (the pack's text for the shown language). */
export interface SearchableTerm {
  id: TermId;
  french: string;
  name: string;
  text: string;
}

/**
 * The entries matching a query, best first: the French word or the translated name before the
 * explanation. Every word of the query must appear. An empty query returns every entry in order.
 */
export function searchGlossary(entries: readonly SearchableTerm[], query: string): TermId[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return entries.map((entry) => entry.id);
  const scored: { id: TermId; score: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    const title = foldForSearch(`${entry.french} ${entry.name}`);
    const body = foldForSearch(entry.text);
    if (!words.every((word) => title.includes(word) || body.includes(word))) return;
    const score = words.filter((word) => title.includes(word)).length;
    scored.push({ id: entry.id, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((entry) => entry.id);
}
