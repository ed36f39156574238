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
  /** Silence for 4 months after a complete application = implicit rejection (90/60 days for some titles). */
  'ceseda-r432-2': {
    citation: 'Article R. 432-2 du CESEDA',
    url: 'https://juriblio.fr/codes/code-de-l-entree-et-du-sejour-des-etrangers-et-du-droit-d-asile/partie-reglementaire/livre-iv/titre-iii/chapitre-ii/section-1/article-r432-2',
    checked: '2026-11',
  },
  /** A récépissé or API given beyond the 4-month delay does not stop the implicit rejection. */
  'ce-avis-499904': {
    citation: "Conseil d'État, avis du 6 mai 2025, n° 499904",
    url: 'https://juricaf.org/arret/FRANCE-CONSEILDETAT-20250506-499904',
    checked: '2026-11',
  },
  /** The récépissé authorises presence for the period it states. */
  'ceseda-r431-12': {
    citation: 'Article R. 431-12 du CESEDA',
    url: 'https://legal.tricoteuses.fr/articles/LEGIARTI000042806980',
    checked: '2026-11',
  },
  /** Work rights of the API (renewal of a title that allowed work). */
  'ceseda-r431-15-2': {
    citation: 'Article R. 431-15-2 du CESEDA',
    url: 'https://french-business-law.com/french-legislation-art/article-r431-15-2-of-the-french-code-governing-the-entry-and-residence-of-foreign-nationals-and-the-right-of-asylum/',
    checked: '2026-11',
  },
  /** Service-public page on the API and the ADF: provisional documents, 3 months at most. */
  'sp-f36206': {
    citation: 'Service-public.fr, fiche F36206 (attestations ANEF)',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F36206?lang=en',
    checked: '2026-11',
  },
  /** Service-public page on the récépissé: durations (co-marquage copy read by the notes). */
  'sp-f15763': {
    citation: 'Service-public.fr, fiche F15763 (récépissé)',
    url: 'https://gorbio.fr/recensement-citoyens?xml=F15763',
    checked: '2026-11',
  },
  /** Late renewal: droit de visa de régularisation (180 € verified before 2026 only). */
  'ceseda-l436-5': {
    citation: 'Article L. 436-5 du CESEDA',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070158/articles/LEGIARTI000042776292',
    checked: '2026-11',
  },
  /** A préfecture page stating the 180 € late fee (before the 2026 finance law). */
  'prefecture-vaucluse-anef': {
    citation: 'Préfecture de Vaucluse, « Déposer une demande en ligne via l’ANEF »',
    url: 'https://vaucluse.gouv.fr/Demarches/Immigration/Demarches-et-reglementation/Deposer-une-demande-en-ligne-via-l-ANEF',
    checked: '2026-11',
  },
  /** CAF: list of accepted residence documents (names the renewal récépissé, not the API). */
  'css-d512-1': {
    citation: 'Article D. 512-1 du code de la sécurité sociale',
    url: 'https://juriblio.fr/codes/code-de-la-securite-sociale/partie-reglementaire-decrets-simples/livre-v/titre-i/chapitre-2/article-d512-1',
    checked: '2026-11',
  },
  /** Employers: documents worth work authorisation (R. 5221-3), as a préfecture presents them. */
  'travail-r5221-3': {
    citation: 'Article R. 5221-3 du code du travail (présenté par la préfecture de la Gironde)',
    url: 'https://www.gironde.gouv.fr/Demarches/Immigration-et-integration/Travailler-en-France/Employeurs/Formalites-declaratives-a-la-charge-des-employeurs',
    checked: '2026-11',
  },
  /** France Travail: renewal of the title to declare within 3 days, with the title or the récépissé. */
  'france-travail-renouvellement': {
    citation: 'France Travail, « Déclarer le renouvellement d’un titre de séjour »',
    url: 'https://francetravail.fr/candidat/vos-droits-et-demarches/vos-changements-de-situation/declarer-le-renouvellement-dun-t.html',
    checked: '2026-11',
  },
  /** Health cover kept until the end of the 6th month after the residence document expired. */
  'css-r111-4': {
    citation: 'Décret n° 2019-1468 du 26 décembre 2019 (article R. 111-4 du code de la sécurité sociale)',
    url: 'https://affairesjuridiques.aphp.fr/textes/decret-n-2019-1468-du-26-decembre-2019-relatif-aux-conditions-permettant-de-beneficier-du-droit-a-la-prise-en-charge-des-frais-de-sante-pour-les-assures-qui-cessent-davoir-une-residence-reguli',
    checked: '2026-11',
  },
  /** Préfecture du Nord: ANEF provisional attestations have the same effects as paper récépissés. */
  'prefecture-nord-anef': {
    citation: 'Préfecture du Nord, « Étrangers en France »',
    url: 'http://nord.gouv.fr/Demarches-administratives/Etrangers-en-France',
    checked: '2026-11',
  },
  /** Proof of address less than 3 months old for ANEF applications. */
  'sp-f2215': {
    citation: 'Service-public.fr, fiche F2215',
    url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F2215?lang=en',
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
  /** 0806–0809 numbers are "numéros gris": free service, price of a normal call. */
  'service-public-f33278': {
    citation: 'Service-public.fr, fiche F33278 (numéros spéciaux)',
    url: 'https://mairie-rousset.fr/droits-demarches?xml=F33278',
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
