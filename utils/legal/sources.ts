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
  /** VLS-TS: declare entry and address through the téléservice within three months of entry. */
  'ceseda-r431-17': {
    citation: 'Article R. 431-17 du CESEDA',
    url: 'https://french-business-law.com/french-legislation-art/article-r431-17-of-the-french-code-governing-the-entry-and-residence-of-foreign-nationals-and-the-right-of-asylum/',
    checked: '2026-11',
  },
  /** 4-year card, resident card: the expired card proves stay for 3 months after filing a renewal. */
  'ceseda-l433-3': {
    citation: 'Article L. 433-3 du CESEDA',
    url: 'https://french-business-law.com/french-legislation-art/article-l433-3-of-the-french-code-governing-the-entry-and-residence-of-foreign-nationals-and-the-right-of-asylum/',
    checked: '2026-11',
  },
  /**
   * Documents common to residence-card applications: French or sworn translation, passport pages,
   * proof of address < 6 months (hotel, hosted cases), photo code for téléservice applications,
   * proof of payment of the tax handed over at delivery (legal.md §5.2).
   */
  'ceseda-annexe-10': {
    citation: 'Annexe 10 du CESEDA',
    url: 'https://french-business-law.com/french-legislation-art/article-annexe-10-of-the-french-code-governing-the-entry-and-residence-of-foreign-nationals-and-the-right-of-asylum',
    checked: '2026-11',
  },
  /** Procedures available on ANEF (VLS-TS validation, cards by category, travel documents…), legal.md §5.1. */
  'anef-demarches': {
    citation: 'refugies.info, « Démarches en ligne sur l’ANEF »',
    url: 'https://refugies.info/fr/demarche/63401d8783f485a025e88388',
    checked: '2026-11',
  },
  /** Renewal of almost all cartes de résident on ANEF since 4 July 2024 (legal-update.md §4). */
  'arrete-2024-07-01': {
    citation: 'Arrêté du 1er juillet 2024 (JORF n° 0156 du 3 juillet 2024)',
    url: 'https://juriblio.fr/arretes/arrete-du-1er-juillet-2024/184079609',
    checked: '2026-11',
  },
  /**
   * Service-public (co-marquage copy): salarié cards filed at the préfecture, "vérifiez la
   * procédure de dépôt sur le site internet de votre préfecture"; VLS-TS validation makes the stay
   * regular and allows re-entering the Schengen area (legal-update.md §4, §5).
   */
  'sp-f15898': {
    citation: 'Service-public.fr, fiche F15898 (copie co-marquée)',
    url: 'https://stmeen-montauban.fr/mise-a-jour-du-livret-de-famille/?xml=F15898',
    checked: '2026-11',
  },
  /** Electronic tax stamps: bought online or at an equipped tobacconist (legal.md §4.7). */
  'sp-f33071': {
    citation: 'Service-public.fr, fiche F33071 (timbre fiscal électronique)',
    url: 'https://uzes.fr/demarches/formalites-administratives/etat-civil/actes-de-naissance?cHash=927c65f8814553a46956abb0591c6f5d&xml=F33071',
    checked: '2026-11',
  },
  /** The official site that sells electronic tax stamps (named in legal.md §4.7). Never a price. */
  'timbres-impots': {
    citation: 'timbres.impots.gouv.fr (site officiel du timbre fiscal électronique)',
    url: 'https://timbres.impots.gouv.fr',
    checked: '2026-11',
  },
  /** 2026 finance law, art. 128: stamp duties and taxes raised (amounts not shown by Repère). */
  'lfi-2026-art-128': {
    citation: 'Loi de finances pour 2026, article 128 (présentée par l’UNAFO)',
    url: 'https://www.unafo.org/majoration-des-taxes-titre-de-sejour-impacts-de-la-loi-de-finances-2026',
    checked: '2026-11',
  },
  /** e-photo: taken by an ANTS-approved photographer or booth, used on ANEF (legal.md §5.3). */
  'ephoto-ants': {
    citation: 'refugies.info, « Faire une photo d’identité avec signature numérique (e-photo) »',
    url: 'https://refugies.info/en/procedure/63528e00976acb4f7bcd37ad',
    checked: '2026-11',
  },
  /** e-photo code: 22 letters and digits printed on the photo sheet (legal.md §5.3). */
  'ephoto-code': {
    citation: 'CommentCaMarche, « Photo signature numérique »',
    url: 'https://www.commentcamarche.net/applis-sites/services-en-ligne/32235-photo-signature/',
    checked: '2026-11',
  },
  /** DCEM: documents, validity up to 5 years, tax stamp at delivery, filed on ANEF (legal.md §5.4). */
  'sp-f2718': {
    citation: 'Service-public.fr, fiche F2718 (document de circulation pour étranger mineur)',
    url: 'https://hagenbach.illicoweb.com/service-public/fiche/F2718',
    checked: '2026-11',
  },
  /** Travel documents (DCEM, titre de voyage) requested on ANEF (legal.md §5.1, §5.4). */
  'gisti-6758': {
    citation: 'GISTI, article 6758 (documents de voyage sur l’ANEF)',
    url: 'http://gisti.org/spip.php?article6758',
    checked: '2026-11',
  },
  /** Naturalisation by décret: online, territories excluded, 6 months to complete (legal.md §5.4). */
  'sp-f15832': {
    citation: 'Service-public.fr, fiche F15832 (naturalisation par décret)',
    url: 'https://saucats.fr/co-marquage-administratif?audience=part&xml=F15832',
    checked: '2026-11',
  },
  /** Naturalisation online through ANEF, and where it is not possible (legal.md §5.4). */
  'sp-r60835': {
    citation: 'Service-public.fr, page R60835 (demande de naturalisation en ligne)',
    url: 'https://saint-cyprien.com/services/e-demarches?audience=part&tmpl=component&xml=R60835',
    checked: '2026-11',
  },
  /** Naturalisation: postal filing when support did not allow online filing, with proof (legal-update.md §8). */
  'arrete-2023-02-03': {
    citation: 'Arrêté du 3 février 2023 (NOR IOMV2303594A)',
    url: 'https://legal.tricoteuses.fr/articles/JORFARTI000047091094',
    checked: '2026-11',
  },
  /** Health insurance accepts a VLS-TS only once validated (legal-update.md §5). */
  'arrete-2017-05-10': {
    citation: 'Arrêté du 10 mai 2017 (titres de séjour pour l’assurance maladie)',
    url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000034677457',
    checked: '2026-11',
  },
  /** Social workers: prompt people to erase traces at the end; keep no identifiers or passwords (users-languages.md §4.1). */
  'cnil-social-sector': {
    citation: 'CNIL, « Professionnels du secteur social : comment mieux protéger les données de vos usagers (démarches en ligne) »',
    url: 'https://www.cnil.fr/fr/professionnels-du-secteur-social-comment-mieux-proteger-les-donnees-de-vos-usagers-demarches-en-ligne',
    checked: '2026-11',
  },
  /** Public computers: log out, do not let the computer remember passwords, delete documents (copy of the CNIL advice). */
  'cnil-public-computer': {
    citation: 'CNIL, « 12 conseils pour utiliser un ordinateur public » (copie publiée par l’Espace emploi de Grigny)',
    url: 'https://espaceemploi.grigny69.org/2019/02/12-conseils-pour-utiliser-un-ordinateur-public-en-toute-securite-cnil',
    checked: '2026-11',
  },
} as const satisfies Record<string, LegalSource>;

export type SourceId = keyof typeof SOURCES;

/** The ANEF line of the Centre de contact citoyen, as written by préfectures. */
export const CCC_PHONE = '0 806 001 620';
