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
  /** Récépissé (paper route): authorises presence for the period it states. */
  'ceseda-r431-12': {
    citation: 'Article R. 431-12 du CESEDA',
    url: 'https://legal.tricoteuses.fr/articles/LEGIARTI000042806980',
    checked: '2026-11',
  },
  /** VLS-TS: declare entry and address online within 3 months of entry. */
  'ceseda-r431-17': {
    citation: 'Article R. 431-17 du CESEDA',
    url: 'https://french-business-law.com/french-legislation-art/article-r431-17-of-the-french-code-governing-the-entry-and-residence-of-foreign-nationals-and-the-right-of-asylum/',
    checked: '2026-11',
  },
  /** 4-year card or resident card: expired card + proof of renewal request = 3 months of regular stay. */
  'ceseda-l433-3': {
    citation: 'Article L. 433-3 du CESEDA',
    url: 'https://french-business-law.com/french-legislation-art/article-l433-3-of-the-french-code-governing-the-entry-and-residence-of-foreign-nationals-and-the-right-of-asylum/',
    checked: '2026-11',
  },
  /** Late renewal request: regularisation fee (amount not shown: the 2026 finance law is unsure). */
  'ceseda-l436-5': {
    citation: 'Article L. 436-5 du CESEDA',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000042776292',
    checked: '2026-11',
  },
  /** Documents of every residence-card application: proof of address, passport pages, photo code. */
  'ceseda-annexe-10': {
    citation: 'Annexe 10 du CESEDA',
    url: 'https://french-business-law.com/french-legislation-art/article-annexe-10-of-the-french-code-governing-the-entry-and-residence-of-foreign-nationals-and-the-right-of-asylum',
    checked: '2026-11',
  },
  /** Renewal of 10-year resident cards filed on ANEF since 4 July 2024. */
  'arrete-2024-07-01': {
    citation: 'Arrêté du 1er juillet 2024',
    url: 'https://juriblio.fr/arretes/arrete-du-1er-juillet-2024/184079609',
    checked: '2026-11',
  },
  /** API and ADF: provisional documents proving regular stay, 3 months at most. */
  'service-public-f36206': {
    citation: 'Service-public.fr, fiche F36206',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F36206?lang=en',
    checked: '2026-11',
  },
  /** Electronic tax stamps: bought online or at an equipped tobacconist, PDF or SMS with 16 digits. */
  'service-public-f33071': {
    citation: 'Service-public.fr, fiche F33071 (timbre fiscal électronique)',
    url: 'https://uzes.fr/demarches/formalites-administratives/etat-civil/actes-de-naissance?cHash=927c65f8814553a46956abb0591c6f5d&xml=F33071',
    checked: '2026-11',
  },
  /** e-photo: ANTS-approved photographer or booth (blue logo). */
  'refugies-info-ephoto': {
    citation: 'Réfugiés.info, « Photo et signature numériques »',
    url: 'https://refugies.info/en/procedure/63528e00976acb4f7bcd37ad',
    checked: '2026-11',
  },
  /** e-photo: 22-character code printed on the photo sheet. */
  'ephoto-code': {
    citation: 'CommentÇaMarche, « Photo-signature numérique »',
    url: 'https://www.commentcamarche.net/applis-sites/services-en-ligne/32235-photo-signature/',
    checked: '2026-11',
  },
  /** 0806–0809 numbers are "numéros gris": free service, price of a normal call. */
  'service-public-f33278': {
    citation: 'Service-public.fr, fiche F33278 (numéros spéciaux)',
    url: 'https://mairie-rousset.fr/droits-demarches?xml=F33278',
    checked: '2026-11',
  },
  /** CAF: accepted residence documents (the renewal récépissé is named; the API is not). */
  'css-d512-1': {
    citation: 'Article D. 512-1 du code de la sécurité sociale',
    url: 'https://juriblio.fr/codes/code-de-la-securite-sociale/partie-reglementaire-decrets-simples/livre-v/titre-i/chapitre-2/article-d512-1',
    checked: '2026-11',
  },
  /** State page: ANEF provisional documents "ont les mêmes effets que les récépissés papier". */
  'prefecture-nord-anef': {
    citation: 'Préfecture du Nord, « Étrangers en France »',
    url: 'http://nord.gouv.fr/Demarches-administratives/Etrangers-en-France',
    checked: '2026-11',
  },
  /** France Travail: declare the renewal of a residence permit within 3 days. */
  'france-travail-renouvellement': {
    citation: 'France Travail, « Déclarer le renouvellement d\'un titre de séjour »',
    url: 'https://francetravail.fr/candidat/vos-droits-et-demarches/vos-changements-de-situation/declarer-le-renouvellement-dun-t.html',
    checked: '2026-11',
  },
  /** Référé "mesures utiles". */
  'cja-l521-3': {
    citation: 'Article L. 521-3 du code de justice administrative',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070933/articles/LEGIARTI000006449328',
    checked: '2026-11',
  },
  /** Evidence before going to court: dated attempts, screenshots, registered letters. */
  'gisti-rendez-vous': {
    citation: 'GISTI, note « prise de rendez-vous impossible »',
    url: 'https://www.gisti.org/spip.php?article6229',
    checked: '2026-11',
  },
  /** Défenseur des droits: free; prior steps needed; does not suspend court deadlines. */
  'defenseur-droits': {
    citation: 'Défenseur des droits, « Obtenir de l\'aide »',
    url: 'https://defenseurdesdroits.fr/fr/obtenir-de-laide',
    checked: '2026-11',
  },
  /** The Défenseur des droits' phone number (hours not current: not shown). */
  'defenseur-droits-telephone': {
    citation: 'Défenseur des droits, numéro 09 69 39 00 00',
    url: 'https://www.defenseurdesdroits.fr/fr/a-la-une/2020/03/covid-19-les-equipes-du-defenseur-des-droits-restent-joignables',
    checked: '2026-11',
  },
  /** Holders of a title obtained on ANEF get SMS and e-mail reminders before expiry (PERSée). */
  'persee-rappels': {
    citation: 'KPMG, flash alert 2024-127 (rappels PERSée par SMS et courriel)',
    url: 'https://kpmg.com/xx/en/home/insights/2024/06/flash-alert-2024-127.html',
    checked: '2026-11',
  },
} as const satisfies Record<string, LegalSource>;

export type SourceId = keyof typeof SOURCES;

/** The ANEF line of the Centre de contact citoyen, as written by préfectures. */
export const CCC_PHONE = '0 806 001 620';

/** The Défenseur des droits' phone line (price of a local call; hours not verified, so not shown). */
export const DDD_PHONE = '09 69 39 00 00';
