/**
 * Everything Repère knows about the ANEF site's structure: URL and hash-route patterns, and DOM
 * selectors, in one place (style rule 9, refined-github `selectors.ts`). Each entry says what it
 * targets and which fixture page under tests/fixtures/site/pages/ it is tested against
 * (tests/unit/site/recognize.test.ts runs every fixture of tests/fixtures/site/catalog.json).
 *
 * Facts behind them: ../shared/facts/anef-site.md §1.3 (routes), §1.4 (DOM landmarks of both UI
 * eras), §1.5 (labels). Where ANEF's real markup is only known from peers or is assumed, the
 * comment says so; prefer structure (roles, component tags, data attributes) over French text,
 * because the portal also exists in English.
 */

/** The ANEF portal, the only host Repère runs on (product brief, "Host permissions"). */
export const PORTAL_HOST = 'administration-etrangers-en-france.interieur.gouv.fr';

/** Match pattern for the content script and nothing else. */
export const PORTAL_MATCH = `https://${PORTAL_HOST}/*`;

/** App base paths: `/usagers/` since mid-June 2026 (DSFR UI), `/particuliers/` before (PrimeNG). */
export const APP_PATHS = {
  /** dsfr/*.html fixtures, served at /usagers/ */
  'dsfr-2026': /^\/usagers(\/|$)/,
  /** primeng/*.html fixtures, served at /particuliers/ */
  primeng: /^\/particuliers(\/|$)/,
} as const;

export type RouteKind =
  | 'home'
  | 'login-landing'
  | 'account-creation'
  | 'personal-space'
  | 'sejour-form'
  | 'dossier'
  | 'unknown';

export interface RoutePattern {
  kind: RouteKind;
  /** Tested against the hash path, lower-cased, without query and trailing slash ('' = root). */
  pattern: RegExp;
  /** The page only makes sense when logged in: a logged-out header there means the session ended. */
  needsLogin: boolean;
}

/**
 * Hash routes of the Angular app (same in both eras). First match wins.
 * Unknown routes fall through to 'unknown' (generic help).
 */
export const ROUTES: readonly RoutePattern[] = [
  // Public home `#/` (F1) — fixtures dsfr/home, primeng/home, dsfr/en/home
  { kind: 'home', pattern: /^\/?$/, needsLogin: false },
  // Login / sign-up landing (F2) — fixtures …/connexion-inscription
  { kind: 'login-landing', pattern: /^\/espace-personnel\/connexion-inscription$/, needsLogin: false },
  // Account creation and its password step `…/inscription/mot-de-passe?token=` (F9) — fixtures …/inscription
  { kind: 'account-creation', pattern: /^\/espace-personnel\/inscription(\/.*)?$/, needsLogin: false },
  // Personal space with the tabs séjour / nationalité / changement de situation (F4, F8) — fixtures …/mon-compte
  { kind: 'personal-space', pattern: /^\/espace-personnel\/mon-compte(\/.*)?$/, needsLogin: true },
  // Dossier follow-up page of one séjour application (F6; route assumed) — fixtures …/dossier
  { kind: 'dossier', pattern: /^\/sejour\/demande\/[^/]+$/, needsLogin: true },
  // Séjour triage and forms, e.g. `#/sejour/demande-tse/etudiant` (F5) — fixtures …/sejour-*
  { kind: 'sejour-form', pattern: /^\/sejour(\/.*)?$/, needsLogin: true },
];

/**
 * Séjour form of one category, `#/sejour/demande-tse/<category>`: the first group is the category
 * slug. Only `etudiant` is known (a student renewal form in ANEF's QA suite, anef-site.md §1.3)
 * — fixtures …/sejour-etudiant-*. ASSUMPTION: other categories use the same pattern with their
 * own slug; the slugs Repère accepts are listed (and marked as guesses) in
 * utils/checklist/suggest.ts.
 */
export const SEJOUR_CATEGORY_ROUTE = /^\/sejour\/demande-tse\/([a-z0-9-]+)$/;

/**
 * DOM selectors. Both eras are listed; the recogniser uses whichever is present.
 * Visible texts are matched only as a last resort and always in French and English.
 */
export const SELECTORS = {
  /** Angular root element `<app-root ng-version>` — every app fixture (not pages/maintenance.html). */
  appRoot: 'app-root',

  /** DSFR-era markers: `anef-header` custom element, DSFR header — fixtures dsfr/*. */
  dsfrMarker: 'anef-header, header.fr-header',
  /** PrimeNG-era markers: `app-portal`, legacy nav bar, PrimeNG components — fixtures primeng/*. */
  primengMarker: 'app-portal, #navBar-new, .p-component',

  /**
   * Logged-in header marker: DSFR `edu-item-link a.fr-icon-user-line[href*="mon-compte"]` (peers,
   * [C]); PrimeNG logout entry `#logoutSubMenu` — fixtures …/mon-compte, …/sejour-*, …/dossier.
   */
  loggedIn: 'edu-item-link a.fr-icon-user-line, a.fr-icon-user-line[href*="mon-compte"], #logoutSubMenu',
  /**
   * Logged-out header marker: DSFR `edu-item-link[data-item="Se connecter"|"Sign in"]`; PrimeNG
   * `#connexion_link` — fixtures …/home, …/session-expiree.
   */
  loggedOut: 'edu-item-link[data-item="Se connecter"], edu-item-link[data-item="Sign in"], #connexion_link',

  /**
   * Error alerts shown by the app (technical error, upload refused…): DSFR `.fr-alert--error`;
   * PrimeNG `p-message` error / `.p-message-error`, inline and toast variants, older `.ui-messages-error`.
   * Warnings and information (`.fr-alert--warning`, `.p-message-warn`) are not errors.
   * Fixtures …/sejour-etudiant-3#error-after-load, …/sejour-etudiant-4#upload-error.
   */
  errorAlert: [
    '.fr-alert--error',
    'p-message[severity="error"]',
    '.p-message-error',
    '.p-inline-message-error',
    '.p-toast-message-error',
    '.ui-messages-error',
  ].join(', '),
  /** Where the message sits inside an error alert (DSFR `<p>`, PrimeNG `.p-message-detail`). */
  errorMessage: 'p, .p-message-detail, .p-inline-message-text, .p-toast-detail, .ui-messages-detail',
  /** Title part of an alert, left out of the message when there is no dedicated message element. */
  alertTitle: '.fr-alert__title, .p-message-summary',

  /** Any alert, for the session-expired message — fixtures …/session-expiree. */
  anyAlert: '.fr-alert, p-message, .p-message, [role="alert"]',

  /** DSFR stepper `div.fr-stepper` (real DSFR markup) — fixtures dsfr/sejour-etudiant-*. */
  dsfrStepper: '.fr-stepper',
  dsfrStepperSteps: '.fr-stepper__steps[data-fr-current-step]',
  dsfrStepperTitle: '.fr-stepper__title',
  dsfrStepperState: '.fr-stepper__state',

  /** PrimeNG stepper `p-steps li.p-steps-item`, current `.p-highlight` — fixtures primeng/sejour-etudiant-*. */
  primengStepItems: 'p-steps li.p-steps-item, .p-steps li.p-steps-item',
  primengStepCurrent: '.p-highlight, .p-steps-current, [aria-current="step"]',
  primengStepTitle: '.p-steps-title',

  /**
   * Selected tab of the personal space: DSFR `button.fr-tabs__tab[aria-selected=true]`, PrimeNG
   * `a[role=tab][aria-selected=true]` — fixtures …/mon-compte, …/mon-compte#nationalite.
   */
  selectedTab: '[role="tab"][aria-selected="true"]',
  /**
   * Naturalisation follow-up markers inside the shown tab panel: DSFR frise `ol.frise-stepper`
   * (assumed markup), legacy frise `li.itemFrise` (peers, [C]) — fixtures …/mon-compte#nationalite.
   */
  naturalisationFrise: 'ol.frise-stepper, .itemFrise',
  tabPanel: '[role="tabpanel"]',
} as const;

/**
 * Séjour form steps by the Angular component that renders them in the PrimeNG era (ANEF QA page
 * objects, [C]) — fixtures primeng/sejour-etudiant-1 … -6. Order = position in the form.
 */
export const PRIMENG_STEP_COMPONENTS = [
  { key: 'personal-info', tagPrefix: 'app-informations-personnelles' },
  // app-motif-scolaire for students; other categories have their own app-motif-… component.
  { key: 'reason', tagPrefix: 'app-motif' },
  { key: 'resources', tagPrefix: 'app-ressources' },
  { key: 'documents', tagPrefix: 'app-justificatifs' },
  { key: 'summary', tagPrefix: 'app-recapitulatif' },
  { key: 'confirmation', tagPrefix: 'app-confirmation' },
] as const;

export type FormStepKey = (typeof PRIMENG_STEP_COMPONENTS)[number]['key'];

/**
 * Step titles as shown in the DSFR stepper, French and English (labels partly assumed, see
 * anef-site.md §4 F5) — fixtures dsfr/sejour-etudiant-*, dsfr/en/sejour-etudiant-*.
 */
export const STEP_TITLE_PATTERNS: readonly { key: FormStepKey; pattern: RegExp }[] = [
  { key: 'personal-info', pattern: /informations personnelles|personal (information|details)/i },
  { key: 'reason', pattern: /motif|conditions de séjour|reason|purpose/i },
  { key: 'resources', pattern: /ressources|resources|income/i },
  { key: 'documents', pattern: /justificatifs|pièces|supporting documents|documents/i },
  { key: 'summary', pattern: /récapitulatif|summary|review/i },
  { key: 'confirmation', pattern: /confirmation/i },
];

/** "Étape 3 sur 6" / "Step 3 of 6" in the DSFR stepper state. */
export const STEP_STATE_PATTERN = /(\d+)\s*(?:sur|of|\/)\s*(\d+)/i;

/** Naturalisation tab label, FR and EN (peers, [C]): "Demande d'accès à la Nationalité Française", "French Nationality application". */
export const NATURALISATION_TAB_PATTERN = /nationalit/i;

/**
 * Full-page maintenance (served outside the Angular app, HTTP 503) — fixture pages/maintenance.html.
 * Texts are peers' heuristics ([H] in anef-site.md §1.10): title or main heading only.
 */
export const MAINTENANCE_PATTERN =
  /maintenance|momentanément indisponible|temporairement indisponible|service unavailable|temporarily unavailable/i;

/** Session expiry message (assumed wording) — fixture …/session-expiree. */
export const SESSION_EXPIRED_PATTERN = /session\s+(a\s+)?expir|session (has )?expired|expired session/i;
