/**
 * The proof-of-rights sheet: French, every legal line with its reference, the honest gaps (the
 * CAF list names the récépissé, not the API; the attestation de dépôt proves nothing about stay),
 * the L. 433-3 end date computed, nothing personal but the document dates, and a PDF that opens.
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { TrackedDocument } from '../../../utils/deadlines/documents.ts';
import { SOURCES } from '../../../utils/legal/sources.ts';
import { proofPdf } from '../../../utils/proof/pdf.ts';
import { buildProofSheet, canExplain, referenceNumber, type ProofSheet } from '../../../utils/proof/sheet.ts';

const api: TrackedDocument = { id: 'api', kind: 'api', expiry: '2027-02-15', issuedOn: '2026-11-16' };
const depot: TrackedDocument = { id: 'dep', kind: 'attestation-depot', filedOn: '2026-09-01' };
const card: TrackedDocument = { id: 'card', kind: 'titre-sejour', expiry: '2026-11-30', onAnef: true, longCard: true, filedOn: '2026-09-01' };

function sheetFor(documents: TrackedDocument[], audience: Parameters<typeof buildProofSheet>[0]['audience']): ProofSheet {
  const result = buildProofSheet({ documents, audience, today: '2026-11-27' });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const allText = (sheet: ProofSheet) => [
  sheet.title, sheet.addressee, ...sheet.intro, ...sheet.sections.flatMap((s) => [s.heading, ...s.lines.map((l) => l.text)]),
  ...sheet.silent.map((l) => l.text), ...sheet.attach, ...sheet.footer,
].join('\n');

describe('buildProofSheet', () => {
  it('API for the CAF: what R. 431-15-1 and R. 431-15-2 say, and that the CAF list names the récépissé, not the API', () => {
    const sheet = sheetFor([api], 'caf');
    expect(sheet.addressee).toBe('À l’attention de la caisse d’allocations familiales (CAF)');
    const apiSection = sheet.sections[0]!;
    expect(apiSection.heading).toBe('Attestation de prolongation d’instruction (API), valable jusqu’au 15/02/2027');
    expect(apiSection.lines.map((l) => l.source)).toEqual(['ceseda-r431-15-1', 'ceseda-r431-15-1', 'ceseda-r431-15-1', 'ceseda-r431-15-2', 'prefecture-nord-anef']);
    expect(apiSection.lines[1]!.text).toContain('« Ce document, accompagné du document de séjour expiré, lui permet de justifier de la régularité de son séjour pendant la durée qu’il précise. »');
    expect(sheet.sections.find((s) => s.heading === 'Pour la CAF')!.lines[0]).toMatchObject({ source: 'css-d512-1', text: expect.stringContaining('récépissé de demande de renouvellement') });
    expect(sheet.silent.map((l) => l.text).join(' ')).toMatch(/ne cite pas l’API/);
    expect(sheet.sections.find((s) => s.heading === 'Assurance maladie')!.lines[0]!.source).toBe('css-r111-4');
  });

  it('every line about the law has a reference; the others are facts from the documents', () => {
    for (const audience of ['caf', 'france-travail', 'employer', 'landlord', 'other'] as const) {
      const sheet = sheetFor([api, depot, card, { id: 'r', kind: 'recepisse', expiry: '2027-01-10' }, { id: 'v', kind: 'vls-ts', entryDate: '2026-10-01', validated: true }], audience);
      for (const line of sheet.sections.flatMap((s) => s.lines)) {
        if (!line.source) expect(line.text, audience).toMatch(/selon la personne|indiqu|La personne/);
        else expect(SOURCES[line.source], line.source).toBeDefined();
      }
      // References are numbered in order of first use, each once.
      const ids = sheet.references.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(referenceNumber(sheet, ids[0]!)).toBe(1);
    }
  });

  it('the attestation de dépôt: it proves the filing, and not the regularity of stay', () => {
    const sheet = sheetFor([depot], 'employer');
    expect(sheet.sections[0]!.heading).toBe('Attestation de dépôt en ligne (demande déposée le 01/09/2026)');
    expect(sheet.sections[0]!.lines[1]!.text).toContain('« Ce document ne justifie pas de la régularité du séjour de son titulaire. »');
  });

  it('an expired 4-year or resident card after filing: L. 433-3, until expiry + 3 months', () => {
    const sheet = sheetFor([card], 'france-travail');
    const lines = sheet.sections[0]!.lines;
    expect(lines.some((l) => l.source === 'ceseda-l433-3' && l.text.includes('gardent tous leurs droits sociaux et le droit de travailler'))).toBe(true);
    expect(lines.some((l) => l.text === 'Pour cette carte, ces trois mois vont jusqu’au 28/02/2027.')).toBe(true);
    expect(sheet.summary.items).toEqual([{ kind: 'titre-sejour', date: '2026-11-30', continuityEnd: '2027-02-28' }]);
  });

  it('employers: R. 5221-3 for the récépissé and R. 431-15-2 for the API', () => {
    const section = sheetFor([api], 'employer').sections.find((s) => s.heading === 'Pour l’employeur')!;
    expect(section.lines.map((l) => l.source)).toEqual(['travail-r5221-3', 'ceseda-r431-15-2']);
  });

  it('says it is unofficial and when the texts were checked; no amount anywhere; a blank for the name', () => {
    const text = allText(sheetFor([api, card], 'caf'));
    expect(text).toMatch(/non officielle/);
    expect(text).toMatch(/vérifiés en novembre 2026/);
    expect(text).toMatch(/Feuille préparée le 27\/11\/2026/);
    expect(text).not.toMatch(/€|euros?\b/);
    expect(text).toMatch(/à écrire à la main/);
  });

  it('refuses a sheet about nothing it can explain', () => {
    expect(buildProofSheet({ documents: [{ id: 'p', kind: 'passport', expiry: '2030-01-01' }], audience: 'caf', today: '2026-11-27' }).ok).toBe(false);
    expect(buildProofSheet({ documents: [{ id: 't', kind: 'titre-sejour', expiry: '2030-01-01', onAnef: true }], audience: 'caf', today: '2026-11-27' }).ok).toBe(false);
    expect(canExplain({ id: 't', kind: 'titre-sejour', expiry: '2030-01-01' })).toBe(false);
    expect(canExplain(api)).toBe(true);
  });
});

describe('proofPdf', () => {
  it('makes a PDF that opens again, with French metadata and nothing personal', async () => {
    const bytes = await proofPdf(sheetFor([api, depot, card], 'caf'), new Date(Date.UTC(2026, 10, 27, 10)));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const reopened = await PDFDocument.load(bytes);
    expect(reopened.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(reopened.getTitle()).toBe('Ce que prouvent mes documents de séjour');
    expect(reopened.getAuthor()).toBeUndefined();
    expect(reopened.getCreationDate()?.toISOString()).toBe('2026-11-27T10:00:00.000Z');
  });
});
