/**
 * The PDF: text selectable and read back with poppler's `pdftotext` (installed on the project's
 * machines), French accents intact with the standard Helvetica/WinAnsi font, every incident and
 * contact in order, screenshot annexes on their own pages, and characters WinAnsi lacks replaced
 * and reported instead of failing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLetterPdf } from '../../../utils/letter/letter-pdf.ts';
import { buildSubstitutionLetter, type LetterInput, type LetterModel } from '../../../utils/letter/substitution-letter.ts';

/** A 1×1 JPEG. */
export const TINY_JPEG = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';

const dir = mkdtempSync(join(tmpdir(), 'repere-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(bytes: Uint8Array, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

function pageCount(bytes: Uint8Array, name: string): number {
  const file = join(dir, `${name}-info.pdf`);
  writeFileSync(file, bytes);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

const INPUT: LetterInput = {
  today: '2027-03-30',
  person: { fullName: 'Françoise Lœwy-Côté', address: '4 allée des Châtaigniers\n74000 Annecy', nationality: 'ivoirienne' },
  prefecture: { departmentCode: '74', address: 'Rue du 30e Régiment d\'Infanterie\n74000 Annecy' },
  procedure: 'renouvellement de titre de séjour « vie privée et familiale »',
  currentTitleExpiry: '2027-07-15',
  incidents: [
    { at: '2027-03-10T11:20:00+01:00', errorText: 'Une erreur technique est survenue. Veuillez réessayer ultérieurement.', screenshot: true },
    { at: '2027-03-18T16:45:00+01:00', page: 'Étape 4 sur 6 — Pièces justificatives', errorText: 'Échec du téléversement (œuvre à reprendre)' },
  ],
  contacts: [
    { channel: 'ccc-phone', on: '2027-03-11', reference: 'CCC-Ç-001', outcome: 'réessayer à la fin du mois' },
    { channel: 'pan', on: '2027-03-20', step: 'request', outcome: 'pas de rendez-vous avant juin' },
  ],
};

function model(input: LetterInput): LetterModel {
  const result = buildSubstitutionLetter(input);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('buildLetterPdf', () => {
  it('writes selectable French text with its accents, every fact in order', async () => {
    const letter = model(INPUT);
    const { bytes, replaced } = await buildLetterPdf(letter, [{ annex: 1, caption: letter.photoAnnexes[0]!.caption, jpegDataUrl: TINY_JPEG }]);
    expect(replaced).toEqual([]);
    const text = pdfText(bytes, 'accents').replace(/\s+/g, ' ');
    for (const needle of ['Françoise Lœwy-Côté', 'Préfecture de la Haute-Savoie', 'Châtaigniers', '« vie privée et familiale »',
      'Régiment d\'Infanterie', 'Lettre recommandée avec accusé de réception', 'Échec du téléversement (œuvre à reprendre)',
      'CCC-Ç-001', 'Je vous prie d\'agréer']) {
      expect(text, needle).toContain(needle);
    }
    const order = ['Le 10/03/2027 à 11 h 20', 'Le 11/03/2027 : appel au Centre de contact citoyen', 'Le 18/03/2027 à 16 h 45',
      'Le 20/03/2027 : demande de rendez-vous au point d\'accueil numérique'].map((needle) => text.indexOf(needle));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('puts each screenshot annex on its own page, after the letter', async () => {
    const letter = model(INPUT);
    const without = await buildLetterPdf(letter);
    const withPhoto = await buildLetterPdf(letter, [{ annex: 1, caption: letter.photoAnnexes[0]!.caption, jpegDataUrl: TINY_JPEG }]);
    expect(pageCount(withPhoto.bytes, 'photo')).toBe(pageCount(without.bytes, 'nophoto') + 1);
    const text = pdfText(withPhoto.bytes, 'photo-text');
    expect(text).toContain('Annexe 1 – Capture d\'écran du téléservice ANEF du 10/03/2027 à 11 h 20');
    expect(text).toMatch(/Page 1 sur \d/);
  });

  it('replaces what WinAnsi cannot write, says which characters, and never fails', async () => {
    const letter = model({ ...INPUT, person: { ...INPUT.person, fullName: 'Ayşe Yıldız محمد' } });
    const { bytes, replaced } = await buildLetterPdf(letter, [{ annex: 1, caption: 'x', jpegDataUrl: 'data:image/jpeg;base64,AAAA' }]);
    expect(replaced.sort()).toEqual(['ı', 'ş', 'م', 'ح', 'د'].sort());
    expect(pdfText(bytes, 'replaced')).toContain('Ayse Yildiz ????');
  });
});
