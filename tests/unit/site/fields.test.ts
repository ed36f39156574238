/**
 * The ANEF fields Repère explains are found on every séjour-form fixture page of both UI eras, in
 * French and English, and on account creation: by control id, and by label text alone when ids
 * change. Nothing else is taken for a field (radio "Oui"/"Non" labels, unknown fields).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_RULES, findHelpFields, labelOwnText } from '../../../utils/site/fields.ts';
import { SITE_DIR, type CatalogEntry } from '../../fixtures/catalog.ts';
import { expectedFields, fieldHelpEntries } from '../../fixtures/field-help.ts';
import { applyFixtureOptions } from '../../fixtures/site/compose.mjs';

function loadFixture(entry: CatalogEntry): Document {
  const doc = new DOMParser().parseFromString(readFileSync(resolve(SITE_DIR, entry.page), 'utf8'), 'text/html');
  applyFixtureOptions(doc, entry.options ?? {});
  return doc;
}

/** Gives every known control a new id (and its label a new `for`), so only labels can match. */
function renameIds(doc: Document): number {
  const known = new Set(FIELD_RULES.flatMap((rule) => rule.controlIds));
  let n = 0;
  for (const element of doc.querySelectorAll('[id]')) {
    if (!known.has(element.id)) continue;
    const renamed = `renamed-${n++}`;
    for (const label of doc.querySelectorAll(`label[for="${element.id}"]`)) label.setAttribute('for', renamed);
    element.id = renamed;
  }
  return n;
}

describe('field help finds the known fields', () => {
  it('has fixtures of both eras and both portal languages', () => {
    expect(new Set(fieldHelpEntries.map((entry) => `${entry.era} ${entry.language}`))).toEqual(
      new Set(['dsfr-2026 fr', 'dsfr-2026 en', 'primeng fr', 'primeng en']),
    );
  });

  for (const entry of fieldHelpEntries) {
    it(`${entry.id}: by id`, () => {
      const found = findHelpFields(loadFixture(entry)).map((field) => field.id);
      expect(found.sort()).toEqual([...expectedFields(entry)!].sort());
    });

    it(`${entry.id}: by French or English label alone`, () => {
      const doc = loadFixture(entry);
      const expected = expectedFields(entry)!;
      expect(renameIds(doc) >= expected.length).toBe(true);
      expect(findHelpFields(doc).map((field) => field.id).sort()).toEqual([...expectedFields(entry)!].sort());
    });
  }

  it('pairs each label with its own control (or radio group)', () => {
    const entry = fieldHelpEntries.find((candidate) => candidate.id === 'dsfr/sejour-etudiant-1')!;
    const fields = findHelpFields(loadFixture(entry));
    const phone = fields.find((field) => field.id === 'phone')!;
    expect(phone.control.id).toBe('TELEPHONE_PORTABLE');
    expect(phone.labelText).toBe('Téléphone');
    const family = fields.find((field) => field.id === 'family-situation')!;
    expect(family.control.tagName).toBe('FIELDSET');
    expect(family.labelText).toBe('Etes-vous marié, pacsé ou en concubinage ?');
  });
});

describe('labels and odd pages', () => {
  it('reads a label without its hint, asterisk or colon', () => {
    const doc = new DOMParser().parseFromString(
      '<label for="A">Adresse<span class="fr-hint-text">Saisissez votre adresse</span></label>'
      + '<label for="B">Origine des ressources<span class="anef-index">1</span> * :</label>', 'text/html');
    const [address, origin] = [...doc.querySelectorAll('label')];
    expect(labelOwnText(address!)).toBe('Adresse');
    expect(labelOwnText(origin!)).toBe('Origine des ressources1');
  });

  it('finds nothing on an empty page, and never throws', () => {
    const doc = new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html');
    expect(findHelpFields(doc)).toEqual([]);
  });

  it('takes no field from a label without a control', () => {
    const doc = new DOMParser().parseFromString('<label for="nowhere">Téléphone</label>', 'text/html');
    expect(findHelpFields(doc)).toEqual([]);
  });

  it('finds each field once even if ANEF shows its label twice', () => {
    const doc = new DOMParser().parseFromString(
      '<label for="TELEPHONE_PORTABLE">Téléphone</label><input id="TELEPHONE_PORTABLE">'
      + '<label for="TEL2">Téléphone</label><input id="TEL2">', 'text/html');
    expect(findHelpFields(doc).map((field) => field.id)).toEqual(['phone']);
  });
});
