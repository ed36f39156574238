/** The glossary's data and search: ids, French words, sources, and searching in any language. */
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../utils/i18n/fold.ts';
import { GLOSSARY, isTermId, searchGlossary, TERM_IDS, type SearchableTerm } from '../../../utils/glossary/terms.ts';
import { SOURCES } from '../../../utils/legal/sources.ts';
import { diskPack } from '../../components/test-i18n.ts';

type GlossaryPack = { terms: Record<string, { name: string; text: string }> };

function entries(language: string): SearchableTerm[] {
  const pack = diskPack(language, 'glossary') as GlossaryPack;
  return GLOSSARY.map((term) => ({ id: term.id, french: term.french, name: pack.terms[term.id]!.name, text: pack.terms[term.id]!.text }));
}

describe('glossary data', () => {
  it('has the words issue 8 asks for, each once', () => {
    expect(new Set(TERM_IDS).size).toBe(TERM_IDS.length);
    for (const id of ['api', 'recepisse', 'attestation-depot', 'adf', 'numero-etranger', 'vls-ts', 'e-photo', 'timbre-fiscal',
      'ccc', 'pan', 'prefecture', 'titre-sejour', 'carte-resident', 'ofii', 'caf', 'france-travail', 'lrar', 'refere']) {
      expect(TERM_IDS, id).toContain(id);
    }
  });

  it('cites only sources Repère knows', () => {
    for (const term of GLOSSARY) for (const source of term.sources) expect(SOURCES, `${term.id} → ${source}`).toHaveProperty(source);
  });

  it('keeps the acronym with its French words', () => {
    expect(GLOSSARY.find((term) => term.id === 'api')?.french).toBe("API (attestation de prolongation d'instruction)");
    expect(GLOSSARY.find((term) => term.id === 'numero-etranger')?.french).toContain('AGDREF');
  });

  it('accepts only its own ids from a pack', () => {
    expect(isTermId('api')).toBe(true);
    expect(isTermId('constructor')).toBe(false);
    expect(isTermId(undefined)).toBe(false);
    expect(isTermId('API')).toBe(false);
  });

  it('has an entry in every pack, with the word and an explanation', () => {
    for (const language of ['fr', 'fr-FALC', 'ar', 'ps', 'ti', 'zh-Hans']) {
      for (const entry of entries(language)) {
        expect(entry.name.trim(), `${language} ${entry.id}`).not.toBe('');
        expect(entry.text.length, `${language} ${entry.id}`).toBeGreaterThan(40);
      }
    }
  });
});

describe('searching the glossary', () => {
  it('finds a word by its French form, without accents or case', () => {
    expect(searchGlossary(entries('fr'), 'recepisse')[0]).toBe('recepisse');
    expect(searchGlossary(entries('fr'), 'RÉCÉPISSÉ')[0]).toBe('recepisse');
    expect(searchGlossary(entries('en'), 'agdref')).toEqual(['numero-etranger']);
  });

  it('finds a word in the person\'s language', () => {
    expect(searchGlossary(entries('ar'), 'بطاقة المقيم')[0]).toBe('carte-resident');
    expect(searchGlossary(entries('ru'), 'префектура')[0]).toBe('prefecture');
    expect(searchGlossary(entries('zh-Hans'), '回执')).toContain('recepisse');
  });

  it('ranks the word itself before explanations that mention it', () => {
    const found = searchGlossary(entries('fr'), 'API');
    expect(found[0]).toBe('api');
    expect(found.length).toBeGreaterThan(1); // the CAF entry mentions the API too
  });

  it('needs every word of the query', () => {
    expect(searchGlossary(entries('fr'), 'titre séjour')).toContain('titre-sejour');
    expect(searchGlossary(entries('fr'), 'xyzzy plugh')).toEqual([]);
  });

  it('lists everything for an empty query, in order', () => {
    expect(searchGlossary(entries('fr'), '   ')).toEqual(TERM_IDS);
  });

  it('folds only Latin accents: marks that are letters elsewhere stay', () => {
    expect(foldForSearch('Préfecture  L’API')).toBe("prefecture l'api");
    expect(foldForSearch('কাগজ')).toBe('কাগজ'.normalize('NFC'));
  });
});
