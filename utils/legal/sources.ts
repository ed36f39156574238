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
  /** What the CCC does (arrêté of 1 August 2023 as quoted by the FAS): helps file, informs, forwards anomalies to the DGEF. */
  'ccc-role': {
    citation: 'Arrêté du 1er août 2023, cité par la Fédération des acteurs de la solidarité',
    url: 'https://federationsolidarite.org/actualites/un-arrete-du-1er-aout-2023-precise-les-modalites-daccompagnement-et-la-solution-de-substitution-prevues-pour-les-demandes-de-titre-de-sejour-en-cas-de-difficulte-ou-de-dysfonctionnement-du-te',
    checked: '2026-11',
  },
  /** The CCC only forwards ANEF bugs to the DGEF; uneven PAN deployment in practice. */
  'gisti-anef': {
    citation: 'GISTI, note sur la dématérialisation des titres de séjour',
    url: 'https://www.gisti.org/spip.php?article6791',
    checked: '2026-11',
  },
  /** 0806 numbers are "numéros gris": free service, price of a normal call. */
  'numero-gris': {
    citation: 'Service-public.fr, fiche F33278 (numéros spéciaux)',
    url: 'https://mairie-rousset.fr/droits-demarches?xml=F33278',
    checked: '2026-11',
  },
  /** The general ANTS line 34 00 and its hours, as service-public gave them (2023). */
  'ants-3400': {
    citation: 'Service-public.fr, fiche R60835 (2023)',
    url: 'https://saint-cyprien.com/services/e-demarches?audience=part&tmpl=component&xml=R60835',
    checked: '2026-11',
  },
  /** The ANEF contact form (…/particuliers/#/contact) and PAN appointments by form, as a préfecture gives them. */
  'anef-contact-form': {
    citation: 'Préfecture des Alpes-de-Haute-Provence, points d\'accueil numériques',
    url: 'http://www.alpes-de-haute-provence.gouv.fr/Demarches-administratives/Points-d-accueil-numeriques-dans-les-Alpes-de-Haute-Provence',
    checked: '2026-11',
  },
  /** Art. 3 of the arrêté as quoted: what PAN agents do. */
  'pan-role': {
    citation: 'Arrêté du 1er août 2023, article 3, cité par API 94',
    url: 'https://www.api94.org/un-arrete-du-1er-aout-2023-precise-les-modalites-daccompagnement-et-la-solution-de-substitution-prevues-pour-les-demandes-de-titre-de-sejour-en-cas-de-difficulte-ou-de-dysfonctionnement-du-te/',
    checked: '2026-11',
  },
  /** Orientation to the PAN; appointment arrangements set by each préfet. */
  'pan-appointments': {
    citation: 'Arrêté du 1er août 2023, commenté (blog Droit des étrangers)',
    url: 'https://vincenttchen.typepad.fr/droit_des_etrangers/2023/10/modalit%C3%A9s-de-solution-de-substitution-au-t%C3%A9l%C3%A9service.html',
    checked: '2026-11',
  },
  /** The arrêté sets no deadline for the préfecture to invite the person to the substitution. */
  'arrete-no-deadline': {
    citation: 'Ligue des droits de l\'Homme, sur l\'arrêté du 1er août 2023',
    url: 'https://ldh-france.org/?p=91000',
    checked: '2026-11',
  },
  /** Several failed attempts not in the same week; four screenshots over five days were not enough. */
  'ce-2020-435594': {
    citation: 'Conseil d\'État, 10 juin 2020, n° 435594',
    url: 'https://www.conseil-etat.fr/fr/arianeweb/CE/analyse/2020-06-10/435594',
    checked: '2026-11',
  },
  /** The State must guarantee support and a substitution solution for the téléservice. */
  'ce-2022-452798': {
    citation: 'Conseil d\'État, Section, 3 juin 2022, n° 452798',
    url: 'http://www.conseil-etat.fr/fr/arianeweb/CE/decision/2022-06-03/452798',
    checked: '2026-11',
  },
  /** Référé "mesures utiles". */
  'cja-l521-3': {
    citation: 'Article L. 521-3 du code de justice administrative',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070933/articles/LEGIARTI000006449328',
    checked: '2026-11',
  },
  /** Keep trying on different days and times; build a dated evidence file; then court. */
  'gisti-evidence': {
    citation: 'GISTI, « Prise de rendez-vous impossible » (2019)',
    url: 'https://www.gisti.org/spip.php?article6229',
    checked: '2026-11',
  },
  /** Défenseur des droits: free; online form, post or local delegate; prior steps needed; no suspension of court deadlines. */
  'ddd-help': {
    citation: 'Défenseur des droits, « Obtenir de l\'aide »',
    url: 'https://defenseurdesdroits.fr/fr/obtenir-de-laide',
    checked: '2026-11',
  },
  /** Postal address for referrals (free post). */
  'ddd-address': {
    citation: 'Défenseur des droits, adresse postale « Libre réponse »',
    url: 'https://insti.ddd.prod.ext.ssl-gouv.fr/en/orientation-and-protection-of-whistleblowers',
    checked: '2026-11',
  },
  /** Phone number (price of a local call); hours not current, so not shown. */
  'ddd-phone': {
    citation: 'Défenseur des droits, numéro de téléphone',
    url: 'https://www.defenseurdesdroits.fr/fr/a-la-une/2020/03/covid-19-les-equipes-du-defenseur-des-droits-restent-joignables',
    checked: '2026-11',
  },
} as const satisfies Record<string, LegalSource>;

export type SourceId = keyof typeof SOURCES;

/** The ANEF line of the Centre de contact citoyen, as written by préfectures. */
export const CCC_PHONE = '0 806 001 620';

/** The general ANTS / France Titres line, a fallback for ANEF (free from metropolitan France). */
export const ANTS_PHONE = '34 00';
/** The same service from overseas or abroad. */
export const ANTS_PHONE_ABROAD = '09 70 83 07 07';

/** The ANEF contact form, as préfectures gave it (before the June 2026 move of the app to /usagers/). */
export const ANEF_CONTACT_FORM_PARTICULIERS = 'https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/contact';
/** The same route in the /usagers/ app since June 2026: not confirmed by a source (shown as "try this"). */
export const ANEF_CONTACT_FORM_USAGERS = 'https://administration-etrangers-en-france.interieur.gouv.fr/usagers/#/contact';

/** Défenseur des droits: phone (price of a local call) and free-post address. */
export const DDD_PHONE = '09 69 39 00 00';
export const DDD_ADDRESS = 'Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07';
export const DDD_HELP_URL = 'https://defenseurdesdroits.fr/fr/obtenir-de-laide';
