/**
 * recognizePage on every fixture state of tests/fixtures/site/catalog.json (both UI eras, the
 * English portal, errors, maintenance, session expiry, an unknown page), plus bad inputs.
 * Each page file is parsed as its own document, with the catalog's compose options applied, the
 * same way the fixture site's router shows it in the browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizePage, recognizeRoute, splitUrl } from '../../../utils/site/recognize.ts';
import { portalEntries, SITE_DIR, type CatalogEntry } from '../../fixtures/catalog.ts';
import { applyFixtureOptions } from '../../fixtures/site/compose.mjs';

const ORIGIN = 'https://administration-etrangers-en-france.interieur.gouv.fr';

function loadFixture(entry: CatalogEntry): Document {
  const html = readFileSync(resolve(SITE_DIR, entry.page), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  applyFixtureOptions(doc, entry.options ?? {});
  return doc;
}

describe('recognizePage on every fixture page', () => {
  it('has fixtures of every page kind in both eras', () => {
    const kinds = (era: string) => new Set(portalEntries.filter((e) => e.era === era).map((e) => e.expect?.kind));
    for (const era of ['dsfr-2026', 'primeng']) {
      for (const kind of ['home', 'login-landing', 'account-creation', 'personal-space', 'sejour-form', 'dossier',
        'naturalisation', 'error', 'maintenance', 'session-expired', 'unknown']) {
        expect(kinds(era), `${era} ${kind}`).toContain(kind);
      }
    }
    expect(portalEntries.some((e) => e.language === 'en')).toBe(true);
  });

  for (const entry of portalEntries) {
    it(`${entry.id} → ${entry.expect?.kind}`, () => {
      const info = recognizePage(ORIGIN + entry.url, loadFixture(entry));
      const expected = entry.expect!;
      expect(info.kind).toBe(expected.kind);
      expect(info.era).toBe(entry.era);
      if (expected.kind !== 'maintenance') expect(info.language).toBe(entry.language);
      if (expected.formStep) {
        expect(info.formStep).toMatchObject(expected.formStep);
        expect(info.formStep?.key).toBeDefined();
      } else {
        expect(info.formStep).toBeUndefined();
      }
      if (expected.errorText) expect(info.errorText).toBe(expected.errorText);
      else expect(info.errorText).toBeUndefined();
    });
  }
});

describe('recognizePage never fails', () => {
  const empty = () => new DOMParser().parseFromString('<!doctype html><html><body></body></html>', 'text/html');

  it('answers unknown for garbage URLs and empty documents', () => {
    expect(recognizePage('not a url', empty())).toEqual({ kind: 'unknown', era: 'unknown' });
    expect(recognizePage('', empty()).kind).toBe('unknown');
    expect(recognizePage('https://example.org/usagers/#/', empty()).kind).toBe('unknown');
  });

  it('answers unknown when the document itself throws', () => {
    const hostile = new Proxy(empty(), {
      get(target, prop) {
        if (prop === 'querySelector' || prop === 'querySelectorAll') throw new Error('boom');
        return Reflect.get(target, prop, target);
      },
    });
    expect(recognizePage(`${ORIGIN}/usagers/#/`, hostile)).toEqual({ kind: 'unknown', era: 'unknown' });
  });

  it('reads the route from the hash only, without query or trailing slash', () => {
    expect(splitUrl(`${ORIGIN}/usagers/?lang=en#/Espace-Personnel/Mon-Compte/?x=1`)).toEqual({
      pathname: '/usagers/',
      route: '/espace-personnel/mon-compte',
    });
    expect(splitUrl(`${ORIGIN}/particuliers/`).route).toBe('');
  });

  it('does not take a login callback fragment for a route', () => {
    const info = recognizePage(`${ORIGIN}/usagers/#state=abc&session_state=def&code=ghi`, empty());
    expect(info.kind).toBe('unknown');
  });

  it('keeps the form step when an error alert appears on a step', () => {
    const doc = loadFixture(portalEntries.find((e) => e.id === 'dsfr/sejour-etudiant-3')!);
    const alert = doc.createElement('div');
    alert.className = 'fr-alert fr-alert--error';
    alert.innerHTML = '<h3 class="fr-alert__title">Erreur</h3><p>Le service ne répond pas.</p>';
    doc.querySelector('main')!.prepend(alert);
    const info = recognizePage(`${ORIGIN}/usagers/#/sejour/demande-tse/etudiant`, doc);
    expect(info).toMatchObject({ kind: 'error', errorText: 'Le service ne répond pas.', formStep: { index: 3, total: 6 } });
  });

  it('ignores hidden error alerts and warnings', () => {
    const doc = loadFixture(portalEntries.find((e) => e.id === 'dsfr/sejour-etudiant-3')!);
    doc.querySelector('main')!.insertAdjacentHTML('afterbegin',
      '<div class="fr-alert fr-alert--error" hidden><p>caché</p></div><div class="fr-alert fr-alert--warning"><p>attention</p></div>');
    expect(recognizePage(`${ORIGIN}/usagers/#/sejour/demande-tse/etudiant`, doc).kind).toBe('sejour-form');
  });
});

describe('recognizeRoute', () => {
  it('says what the URL alone says', () => {
    expect(recognizeRoute(`${ORIGIN}/particuliers/#/sejour/demande-tse/etudiant`)).toEqual({
      kind: 'sejour-form', era: 'primeng', route: '/sejour/demande-tse/etudiant',
    });
    expect(recognizeRoute(`${ORIGIN}/usagers/#/sejour/demande/7501202601150000123`).kind).toBe('dossier');
    expect(recognizeRoute(`${ORIGIN}/usagers/#/rendez-vous/prise-rdv`).kind).toBe('unknown');
    expect(recognizeRoute('https://example.org/#/').kind).toBe('unknown');
  });
});
