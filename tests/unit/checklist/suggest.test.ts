/**
 * Route → procedure suggestion on every fixture page: each séjour form page of both eras and both
 * languages (recognised as the overlay does) gets the student renewal; the triage page and every
 * page that is not a form get no guess, except the nationality tab (naturalisation).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestProcedure } from '../../../utils/checklist/suggest.ts';
import { recognizePage } from '../../../utils/site/recognize.ts';
import { portalEntries, SITE_DIR, type CatalogEntry } from '../../fixtures/catalog.ts';
import { applyFixtureOptions } from '../../fixtures/site/compose.mjs';

const ORIGIN = 'https://administration-etrangers-en-france.interieur.gouv.fr';

function recognise(entry: CatalogEntry) {
  const doc = new DOMParser().parseFromString(readFileSync(resolve(SITE_DIR, entry.page), 'utf8'), 'text/html');
  applyFixtureOptions(doc, entry.options ?? {});
  return recognizePage(ORIGIN + entry.url, doc);
}

describe('suggestProcedure on every fixture page', () => {
  const formPages = portalEntries.filter((entry) => entry.expect?.formStep);

  it('has form pages of both eras to check', () => {
    expect(new Set(formPages.map((entry) => entry.era))).toEqual(new Set(['dsfr-2026', 'primeng']));
  });

  for (const entry of portalEntries) {
    it(entry.id, () => {
      const page = recognise(entry);
      const suggestion = suggestProcedure(page.route, page.kind);
      if (entry.expect?.formStep) expect(suggestion).toBe('etudiant-renouvellement');
      else if (page.kind === 'naturalisation') expect(suggestion).toBe('naturalisation');
      else expect(suggestion).toBeUndefined();
    });
  }
});

describe('suggestProcedure on routes', () => {
  it('reads the category of `#/sejour/demande-tse/<category>`', () => {
    expect(suggestProcedure('/sejour/demande-tse/etudiant')).toBe('etudiant-renouvellement');
    // Assumed slugs (documented in utils/checklist/suggest.ts).
    expect(suggestProcedure('/sejour/demande-tse/visiteur')).toBe('visiteur-renouvellement');
  });

  it('does not guess from the triage page, unknown categories or other routes', () => {
    for (const route of [undefined, '', '/', '/sejour/renouvellement', '/sejour/demande-tse', '/sejour/demande-tse/inconnu',
      '/sejour/demande-tse/etudiant/extra', '/espace-personnel/mon-compte', '/sejour/demande/7501202601150000123']) {
      expect(suggestProcedure(route), String(route)).toBeUndefined();
    }
  });
});
