/**
 * The procedure catalogue: every procedure the issue asks for is there, each has steps, documents
 * and sources; séjour steps follow the form's order; every text exists in fr, en and ar (and no
 * text is left over); no fee, no TIR; unsure facts are said to be unsure.
 */
import { describe, expect, it } from 'vitest';
import {
  allSources,
  findProcedure,
  ITEMS,
  itemDef,
  PROCEDURES,
  procedureItems,
  stepForFormStep,
  textKeys,
  type ItemId,
} from '../../../utils/checklist/catalog.ts';
import { SOURCES } from '../../../utils/legal/sources.ts';
import { PRIMENG_STEP_COMPONENTS } from '../../../utils/site/selectors.ts';
import { flatPack } from '../../components/test-i18n.ts';

const pack = flatPack;

const LANGUAGES = ['fr', 'en', 'ar'];

describe('procedure catalogue', () => {
  it('covers every procedure of the issue, once each', () => {
    const ids = PROCEDURES.map((procedure) => procedure.id);
    expect(new Set(ids).size).toBe(ids.length);
    const categories = ['etudiant', 'salarie', 'talent', 'visiteur', 'conjoint-francais', 'parent-francais', 'regroupement-familial',
      'refugie', 'protection-subsidiaire', 'apatride', 'ue-citoyen', 'ue-famille', 'resident'];
    for (const category of categories) {
      expect(ids).toContain(`${category}-premiere`);
      expect(ids).toContain(`${category}-renouvellement`);
    }
    for (const id of ['vls-ts', 'naturalisation', 'dcem', 'titre-voyage', 'changement-situation', 'duplicata']) expect(ids).toContain(id);
  });

  it('never offers the TIR (abolished since 1 March 2019, legal-update.md §4)', () => {
    for (const procedure of PROCEDURES) expect(procedure.id).not.toMatch(/tir/);
    for (const language of LANGUAGES) {
      for (const [key, text] of pack(language, 'procedures')) expect(text, `${language}:${key}`).not.toMatch(/\bTIR\b|titre d'identité républicain/i);
    }
  });

  for (const procedure of PROCEDURES) {
    describe(procedure.id, () => {
      it('has steps with items, documents to prepare and sources', () => {
        expect(procedure.steps.length).toBeGreaterThanOrEqual(3);
        for (const step of procedure.steps) expect(step.items.length, step.id).toBeGreaterThan(0);
        expect(procedureItems(procedure).some((item) => itemDef(item).kind === 'document')).toBe(true);
        expect(procedure.sources.length).toBeGreaterThan(0);
        for (const source of allSources(procedure)) expect(SOURCES).toHaveProperty(source);
      });

      it('has each step once, and a step to check before sending and one for after', () => {
        const ids = procedure.steps.map((step) => step.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.some((id) => id === 'summary' || id === 'before-sending')).toBe(true);
        expect(ids.some((id) => id === 'confirmation' || id === 'after')).toBe(true);
      });

      it('keeps the séjour form steps in the form order', () => {
        const order = PRIMENG_STEP_COMPONENTS.map((step) => step.key);
        const keyed = procedure.steps.filter((step) => step.formStep).map((step) => order.indexOf(step.formStep!));
        expect(keyed).toEqual([...keyed].sort((a, b) => a - b));
        for (const step of procedure.steps) if (step.formStep) expect(step.id).toBe(step.formStep);
      });
    });
  }

  it('gives séjour-title procedures the recognisable form steps', () => {
    for (const procedure of PROCEDURES.filter((p) => /-(premiere|renouvellement)$/.test(p.id))) {
      for (const key of ['personal-info', 'reason', 'documents', 'summary', 'confirmation'] as const) {
        expect(stepForFormStep(procedure, key), `${procedure.id} ${key}`).toBeDefined();
      }
      const documents = stepForFormStep(procedure, 'documents')!.items;
      for (const item of ['passport', 'address-proof', 'ephoto', 'anef-list', 'translations'] as ItemId[]) expect(documents).toContain(item);
    }
    expect(stepForFormStep(findProcedure('etudiant-renouvellement')!, 'resources')?.items).toContain('student-resources');
  });

  it('says "check on ANEF" where the facts are unsure, and nowhere asserts it', () => {
    for (const id of ['salarie-premiere', 'salarie-renouvellement']) {
      const procedure = findProcedure(id)!;
      expect(procedure.onAnef).toBe('unsure');
      expect(procedureItems(procedure)).toContain('salarie-check-anef');
      expect(procedureItems(procedure)).not.toContain('renewal-window');
    }
    expect(findProcedure('resident-premiere')!.onAnef).toBe('some');
    expect(procedureItems(findProcedure('resident-premiere')!)).toContain('resident-check-anef');
    expect(findProcedure('resident-renouvellement')!.sources).toContain('arrete-2024-07-01');
  });

  it('tells renewals the API comes only for a complete application filed in time, and that the attestation de dépôt proves nothing', () => {
    for (const procedure of PROCEDURES.filter((p) => p.id.endsWith('-renouvellement'))) {
      const items = procedureItems(procedure);
      expect(items).toContain('keep-deposit');
      expect(items).toContain('api-watch');
    }
    expect(pack('fr', 'procedures').get('item.keep-deposit.more')).toMatch(/ne prouve pas que votre séjour est régulier/);
    expect(pack('fr', 'procedures').get('item.api-watch.more')).toMatch(/complète et déposée à temps/);
  });

  it('links every tax stamp to the official shop and never writes a price', () => {
    for (const [id, def] of Object.entries(ITEMS)) {
      if (/stamp/.test(id)) expect((def as { link?: string }).link, id).toBe('timbres-impots');
    }
    expect(SOURCES['timbres-impots'].url).toBe('https://timbres.impots.gouv.fr');
    for (const language of LANGUAGES) {
      for (const namespace of ['procedures', 'checklist']) {
        for (const [key, text] of pack(language, namespace)) {
          expect(text, `${language}/${namespace}:${key}`).not.toMatch(/\d\s*(€|euros?\b|EUR\b)|€\s*\d/i);
        }
      }
    }
  });

  it('uses every item somewhere, and only known items', () => {
    const used = new Set(PROCEDURES.flatMap((procedure) => procedureItems(procedure)));
    expect([...used].sort()).toEqual(Object.keys(ITEMS).sort());
  });
});

describe('catalogue texts', () => {
  const needed = new Set(PROCEDURES.flatMap((procedure) => textKeys(procedure)));

  for (const language of LANGUAGES) {
    it(`exist in ${language} for every procedure, step, item and note`, () => {
      const texts = pack(language, 'procedures');
      for (const key of needed) expect(texts.get(key)?.trim(), `${language}:${key}`).toBeTruthy();
    });
  }

  it('have nothing the catalogue does not use', () => {
    expect([...pack('fr', 'procedures').keys()].filter((key) => !needed.has(key))).toEqual([]);
  });

  it('keep procedure names and step titles free of markup (they are shown in lists and options)', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of pack(language, 'procedures')) {
        if (/^procedure\.[^.]+\.name$|^step\.|^group\./.test(key)) expect(text, `${language}:${key}`).not.toMatch(/</);
      }
    }
  });

  it('give the hosted case and the 6-month rule for the proof of address (Annexe 10)', () => {
    const fr = pack('fr', 'procedures');
    expect(fr.get('item.address-proof.label')).toMatch(/moins de 6 mois/);
    expect(fr.get('item.address-proof.hosted')).toMatch(/attestation d'hébergement datée et signée.*pièce d'identité ou son titre de séjour.*justificatif de domicile/);
    expect(itemDef('address-proof').sources).toContain('ceseda-annexe-10');
    expect(fr.get('item.ephoto.counts')).toMatch(/agréé ANTS/);
    expect(fr.get('item.translations.label')).toMatch(/traducteur assermenté/);
  });
});
