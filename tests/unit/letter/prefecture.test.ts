/**
 * Préfecture names from the INSEE département list of @etalab/decoupage-administratif: the article
 * comes from `typeLiaison` (TNCC), checked on several départements of each kind.
 */
import { describe, expect, it } from 'vitest';
import { DEPARTMENTS, findDepartment, joinDe, prefectureName } from '../../../utils/letter/prefecture.ts';

describe('prefectureName', () => {
  it.each([
    ['01', "Préfecture de l'Ain"],
    ['68', 'Préfecture du Haut-Rhin'],
    ['78', 'Préfecture des Yvelines'],
    ['80', 'Préfecture de la Somme'],
    ['28', "Préfecture d'Eure-et-Loir"],
    ['35', "Préfecture d'Ille-et-Vilaine"],
    ['49', 'Préfecture de Maine-et-Loire'],
    ['75', 'Préfecture de Paris'],
    ['90', 'Préfecture du Territoire de Belfort'],
    ['21', "Préfecture de la Côte-d'Or"],
    ['13', 'Préfecture des Bouches-du-Rhône'],
    ['2A', 'Préfecture de la Corse-du-Sud'],
    ['971', 'Préfecture de la Guadeloupe'],
    ['974', 'Préfecture de La Réunion'],
    ['976', 'Préfecture de Mayotte'],
  ])('%s → %s', (code, name) => {
    expect(prefectureName(code)).toBe(name);
  });

  it('reads "1" as "01" and "2b" as "2B"', () => {
    expect(prefectureName('1')).toBe("Préfecture de l'Ain");
    expect(findDepartment(' 2b ')?.name).toBe('Haute-Corse');
  });

  it('knows no département 20, no overseas collectivity, nothing made up', () => {
    expect(prefectureName('20')).toBeUndefined();
    expect(prefectureName('975')).toBeUndefined();
    expect(prefectureName('')).toBeUndefined();
    expect(prefectureName('../')).toBeUndefined();
  });

  it('covers the 96 metropolitan and 5 overseas départements, each with a join', () => {
    expect(DEPARTMENTS).toHaveLength(101);
    for (const department of DEPARTMENTS) expect(department.ofName.endsWith(department.name)).toBe(true);
    expect(joinDe('X', 6)).toBeUndefined();
  });
});
