/**
 * Legal and procedural sources Repère cites, each with where it comes from and when our research
 * notes checked it (../shared/facts/legal.md and legal-update.md; the update wins where they
 * differ). Every legal statement shown to a person names one of these. Facts marked "unsure" in
 * the notes are not listed here: the UI tells the person to check instead of asserting them.
 */

export interface LegalSource {
  /** How the UI cites it, in French (legal references stay in French in every language). */
  citation: string;
  /** Public page to read it: the page our research notes read (a Légifrance mirror where so). */
  url: string;
  /** Month the research notes checked it (YYYY-MM). */
  checked: string;
}

export const SOURCES = {
  /** Online filing, support (CCC/PAN) and the substitution solution. */
  'ceseda-r431-2': {
    citation: 'Article R. 431-2 du CESEDA',
    url: 'https://justice.pappers.fr/loi/LEGITEXT000006070158/section/LEGISCTA000042807014',
    checked: '2026-11',
  },
  /** Renewal window: 120th to 60th day before expiry for ANEF titles, else the 2 months before. */
  'ceseda-r431-5': {
    citation: 'Article R. 431-5 du CESEDA',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000042806998',
    checked: '2026-11',
  },
  /** Attestation de dépôt (proves nothing about stay), API (≤ 3 months, renewed), ADF. */
  'ceseda-r431-15-1': {
    citation: 'Article R. 431-15-1 du CESEDA',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000043288895',
    checked: '2026-11',
  },
  /** CCC phone line for ANEF, as préfectures give it (numéro gris: free service, price of a normal call). */
  'ccc-phone': {
    citation: 'Centre de contact citoyen (CCC), numéro donné par les préfectures',
    url: 'http://www.yonne.gouv.fr/Demarches/Etrangers/Points-d-accueil-numerique-e-MERAUDE/Points-d-accueil-numerique-e-MERAUDE',
    checked: '2026-11',
  },
  /** Arrêté of 1 August 2023: CCC and PAN support, conditions of the substitution solution. */
  'arrete-2023-08-01': {
    citation: 'Arrêté du 1er août 2023 (NOR IOMV2311395A)',
    url: 'http://www.infomie.net/spip.php?article6704',
    checked: '2026-11',
  },
} as const satisfies Record<string, LegalSource>;

export type SourceId = keyof typeof SOURCES;

/** The ANEF line of the Centre de contact citoyen, as written by préfectures. */
export const CCC_PHONE = '0 806 001 620';
