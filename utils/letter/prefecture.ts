/**
 * The préfecture a letter is addressed to, from the département of residence. Names come from
 * `@etalab/decoupage-administratif` (INSEE Code officiel géographique): `nom` is the name without
 * its article and `typeLiaison` is INSEE's "type de nom en clair" (TNCC), which says how the name
 * is joined after "de":
 *
 *   0  no article, starts with a consonant  → "de"      Préfecture de Paris, de Mayotte
 *   1  no article, starts with a vowel      → "d'"      Préfecture d'Eure-et-Loir
 *   2  article "Le"                         → "du"      Préfecture du Haut-Rhin
 *   3  article "La"                         → "de la"   Préfecture de la Somme
 *   4  article "Les"                        → "des"     Préfecture des Yvelines
 *   5  article "L'"                         → "de l'"   Préfecture de l'Ain
 *   (6 "Aux", 7 "Las", 8 "Los" exist in the COG for communes; no département uses them.)
 *
 * Only départements of metropolitan France and the overseas départements-régions are offered: the
 * overseas collectivities have other authorities. Paris has its own arrangements for foreigners
 * that our research notes do not cover: the generic rule is used and the person can change the
 * recipient's name. Pure.
 */
import departements from '@etalab/decoupage-administratif/data/departements.json';

export interface Department {
  /** INSEE code: '01' … '95', '2A', '2B', '971' … '976'. */
  code: string;
  /** Name without article, as INSEE writes it ("Ain", "Haut-Rhin"). */
  name: string;
  /** "de l'Ain", "du Haut-Rhin", "des Yvelines", "de la Somme", "de Paris". */
  ofName: string;
}

interface RawDepartment {
  code: string;
  nom: string;
  typeLiaison: number;
  zone: string;
}

const JOINS: Record<number, (name: string) => string> = {
  0: (name) => `de ${name}`,
  1: (name) => `d'${name}`,
  2: (name) => `du ${name}`,
  3: (name) => `de la ${name}`,
  4: (name) => `des ${name}`,
  5: (name) => `de l'${name}`,
};

/** "de la Somme" from INSEE's name and TNCC; undefined for a TNCC no département uses. */
export function joinDe(name: string, typeLiaison: number): string | undefined {
  return JOINS[typeLiaison]?.(name);
}

/** Every département a préfecture letter can go to, in INSEE order. */
export const DEPARTMENTS: readonly Department[] = (departements as RawDepartment[])
  .filter((raw) => raw.zone === 'metro' || raw.zone === 'drom')
  .flatMap((raw) => {
    const ofName = joinDe(raw.nom, raw.typeLiaison);
    return ofName ? [{ code: raw.code, name: raw.nom, ofName }] : [];
  });

/** The département with this INSEE code ('1' is read as '01'; '2a' as '2A'). */
export function findDepartment(code: string): Department | undefined {
  const wanted = normaliseDepartmentCode(code);
  return DEPARTMENTS.find((department) => department.code === wanted);
}

/** '1' → '01', ' 2a ' → '2A'; anything else unchanged but trimmed. */
export function normaliseDepartmentCode(code: string): string {
  const trimmed = code.trim().toUpperCase();
  return /^\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

/** "Préfecture de l'Ain"; undefined for an unknown code. */
export function prefectureName(code: string): string | undefined {
  const department = findDepartment(code);
  return department ? `Préfecture ${department.ofName}` : undefined;
}
