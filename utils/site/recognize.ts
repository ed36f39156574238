/**
 * Page recognition: where on ANEF the person is. Pure (the URL and the document are passed in),
 * never throws, and answers 'unknown' when unsure (design/contracts.md, `utils/site/recognize.ts`).
 *
 * Order of the decision:
 *   1. full-page maintenance (no Angular app, maintenance title/heading)     → 'maintenance'
 *   2. the hash route                                                        → base kind
 *   3. personal space with the nationality tab shown                         → 'naturalisation'
 *   4. a page that needs login showing the logged-out header, or a session
 *      expiry message                                                        → 'session-expired'
 *   5. a visible error alert anywhere (form step kept)                       → 'error'
 * Every selector and pattern comes from ./selectors.ts.
 */
import {
  APP_PATHS,
  MAINTENANCE_PATTERN,
  NATURALISATION_TAB_PATTERN,
  PORTAL_HOST,
  PRIMENG_STEP_COMPONENTS,
  ROUTES,
  SELECTORS,
  SESSION_EXPIRED_PATTERN,
  STEP_STATE_PATTERN,
  STEP_TITLE_PATTERNS,
  type FormStepKey,
  type RoutePattern,
} from './selectors.ts';

export type PageKind =
  | 'home' | 'login-landing' | 'account-creation' | 'personal-space' | 'sejour-form'
  | 'dossier' | 'naturalisation' | 'error' | 'maintenance' | 'session-expired' | 'unknown';

export interface FormStep {
  /** 1-based position in the séjour form. */
  index: number;
  total?: number;
  /** The step's title as ANEF shows it. */
  title?: string;
  /** What the step is about, whatever the language or era (extra field; used by checklists). */
  key?: FormStepKey;
}

export interface PageInfo {
  kind: PageKind;
  /** Which generation of the ANEF UI. */
  era: 'dsfr-2026' | 'primeng' | 'unknown';
  /** Séjour form step, 1-based. */
  formStep?: FormStep;
  /** Visible error text when kind is 'error'. */
  errorText?: string;
  /** Language the ANEF page itself is shown in. */
  language?: 'fr' | 'en';
  /** The hash route, e.g. '/sejour/demande-tse/etudiant' (extra field; no query, no personal data). */
  route?: string;
}

const MAX_ERROR_TEXT = 400;

/** Works on any document; never throws; 'unknown' when unsure. */
export function recognizePage(url: string, doc: Document): PageInfo {
  try {
    return recognize(url, doc);
  } catch {
    return { kind: 'unknown', era: 'unknown' };
  }
}

function recognize(url: string, doc: Document): PageInfo {
  if (!isPortal(url)) return { kind: 'unknown', era: 'unknown' };
  const { pathname, route } = splitUrl(url);
  const era = detectEra(pathname, doc);
  const language = detectLanguage(doc);
  const base: PageInfo = { kind: 'unknown', era, ...(language ? { language } : {}), route };

  if (isMaintenancePage(doc)) return { ...base, kind: 'maintenance' };

  const matched = matchRoute(route);
  let kind: PageKind = matched?.kind ?? 'unknown';
  if (kind === 'personal-space' && showsNaturalisationTab(doc)) kind = 'naturalisation';

  if ((matched?.needsLogin && isLoggedOut(doc)) || showsSessionExpiry(doc)) {
    return { ...base, kind: 'session-expired' };
  }

  const formStep = kind === 'sejour-form' ? readFormStep(doc) : undefined;
  const errorText = visibleErrorText(doc);
  if (errorText !== undefined) {
    return { ...base, kind: 'error', errorText, ...(formStep ? { formStep } : {}) };
  }
  return { ...base, kind, ...(formStep ? { formStep } : {}) };
}

/**
 * What the URL alone says (route kind, era by path), without reading the page: used the moment a
 * hash route changes, before the app has replaced the previous route's content.
 */
export function recognizeRoute(url: string): PageInfo {
  if (!isPortal(url)) return { kind: 'unknown', era: 'unknown' };
  const { pathname, route } = splitUrl(url);
  const era = APP_PATHS['dsfr-2026'].test(pathname) ? 'dsfr-2026' : APP_PATHS.primeng.test(pathname) ? 'primeng' : 'unknown';
  return { kind: matchRoute(route)?.kind ?? 'unknown', era, route };
}

/** The URL's path and its hash route (lower case, no query, no trailing slash). */
export function splitUrl(url: string): { pathname: string; route: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { pathname: '', route: '' };
  }
  const hash = parsed.hash.replace(/^#!?/, '');
  const path = hash.split('?')[0] ?? '';
  const route = path.toLowerCase().replace(/\/+$/, '');
  return { pathname: parsed.pathname, route: route === '' ? '' : route.startsWith('/') ? route : `/${route}` };
}

/** Only pages of the ANEF portal are recognised (anything else is 'unknown'). */
function isPortal(url: string): boolean {
  try {
    return new URL(url).hostname === PORTAL_HOST;
  } catch {
    return false;
  }
}

/** The route pattern a hash route matches, if any. */
export function matchRoute(route: string): RoutePattern | undefined {
  // A login callback fragment (`#state=…&code=…`) is not a route.
  if (/[=&]/.test(route)) return undefined;
  return ROUTES.find((candidate) => candidate.pattern.test(route));
}

function detectEra(pathname: string, doc: Document): PageInfo['era'] {
  if (doc.querySelector(SELECTORS.dsfrMarker)) return 'dsfr-2026';
  if (doc.querySelector(SELECTORS.primengMarker)) return 'primeng';
  if (APP_PATHS['dsfr-2026'].test(pathname)) return 'dsfr-2026';
  if (APP_PATHS.primeng.test(pathname)) return 'primeng';
  return 'unknown';
}

function detectLanguage(doc: Document): PageInfo['language'] {
  const lang = doc.documentElement.getAttribute('lang')?.toLowerCase() ?? '';
  if (lang.startsWith('fr')) return 'fr';
  if (lang.startsWith('en')) return 'en';
  // The app may not update <html lang>: the header's login item says which language is shown.
  if (doc.querySelector('edu-item-link[data-item="Sign in"]')) return 'en';
  if (doc.querySelector('edu-item-link[data-item="Se connecter"]')) return 'fr';
  return undefined;
}

function isMaintenancePage(doc: Document): boolean {
  const app = doc.querySelector(SELECTORS.appRoot);
  if (app && app.children.length > 0) return false;
  const heading = doc.querySelector('h1')?.textContent ?? '';
  return MAINTENANCE_PATTERN.test(doc.title) || MAINTENANCE_PATTERN.test(heading);
}

function showsNaturalisationTab(doc: Document): boolean {
  const tab = doc.querySelector(SELECTORS.selectedTab);
  if (!tab) return false;
  if (NATURALISATION_TAB_PATTERN.test(normalise(tab.textContent))) return true;
  const panelId = tab.getAttribute('aria-controls');
  const panel = panelId ? doc.getElementById(panelId) : null;
  return !!panel?.querySelector(SELECTORS.naturalisationFrise);
}

function isLoggedOut(doc: Document): boolean {
  return !!doc.querySelector(SELECTORS.loggedOut) && !doc.querySelector(SELECTORS.loggedIn);
}

function showsSessionExpiry(doc: Document): boolean {
  for (const alert of doc.querySelectorAll(SELECTORS.anyAlert)) {
    if (isVisible(alert) && SESSION_EXPIRED_PATTERN.test(normalise(alert.textContent))) return true;
  }
  return false;
}

function readFormStep(doc: Document): FormStep | undefined {
  return readDsfrStep(doc) ?? readPrimengStep(doc);
}

function readDsfrStep(doc: Document): FormStep | undefined {
  const stepper = doc.querySelector(SELECTORS.dsfrStepper);
  if (!stepper || !isVisible(stepper)) return undefined;
  const titleElement = stepper.querySelector(SELECTORS.dsfrStepperTitle);
  const stateText = normalise(stepper.querySelector(SELECTORS.dsfrStepperState)?.textContent);
  let title: string | undefined;
  if (titleElement) {
    const copy = titleElement.cloneNode(true) as Element;
    copy.querySelector(SELECTORS.dsfrStepperState)?.remove();
    title = normalise(copy.textContent) || undefined;
  }
  const steps = stepper.querySelector(SELECTORS.dsfrStepperSteps);
  let index = positiveInt(steps?.getAttribute('data-fr-current-step'));
  let total = positiveInt(steps?.getAttribute('data-fr-steps'));
  const state = STEP_STATE_PATTERN.exec(stateText);
  index ??= positiveInt(state?.[1]);
  total ??= positiveInt(state?.[2]);
  if (index === undefined) return undefined;
  return withKey({ index, ...(total ? { total } : {}), ...(title ? { title } : {}) });
}

function readPrimengStep(doc: Document): FormStep | undefined {
  const items = [...doc.querySelectorAll(SELECTORS.primengStepItems)];
  const current = items.findIndex((item) => item.matches(SELECTORS.primengStepCurrent));
  if (current >= 0) {
    const title = normalise(items[current]?.querySelector(SELECTORS.primengStepTitle)?.textContent) || undefined;
    const fromComponent = stepFromComponents(doc);
    return {
      index: current + 1,
      total: items.length,
      ...(title ? { title } : {}),
      ...(fromComponent ? { key: fromComponent.key } : keyFromTitle(title)),
    };
  }
  const fromComponent = stepFromComponents(doc);
  return fromComponent ? { index: fromComponent.index, total: PRIMENG_STEP_COMPONENTS.length, key: fromComponent.key } : undefined;
}

/** The step whose Angular component is on the page (PrimeNG era). */
function stepFromComponents(doc: Document): { index: number; key: FormStepKey } | undefined {
  const tags = new Set<string>();
  for (const element of doc.querySelectorAll('*')) {
    const tag = element.localName;
    if (tag.startsWith('app-')) tags.add(tag);
  }
  for (let i = PRIMENG_STEP_COMPONENTS.length - 1; i >= 0; i -= 1) {
    const step = PRIMENG_STEP_COMPONENTS[i];
    if (step && [...tags].some((tag) => tag.startsWith(step.tagPrefix))) return { index: i + 1, key: step.key };
  }
  return undefined;
}

function withKey(step: FormStep): FormStep {
  return { ...step, ...keyFromTitle(step.title) };
}

function keyFromTitle(title: string | undefined): { key?: FormStepKey } {
  if (!title) return {};
  const found = STEP_TITLE_PATTERNS.find((candidate) => candidate.pattern.test(title));
  return found ? { key: found.key } : {};
}

/** Text of the first visible error alert, or undefined when there is none. */
function visibleErrorText(doc: Document): string | undefined {
  for (const alert of doc.querySelectorAll(SELECTORS.errorAlert)) {
    if (!isVisible(alert)) continue;
    // An outer p-message wrapper and its inner .p-message-error both match: read the innermost.
    const inner = alert.querySelector(SELECTORS.errorAlert);
    const target = inner && isVisible(inner) ? inner : alert;
    const messages = [...target.querySelectorAll(SELECTORS.errorMessage)]
      .map((element) => normalise(element.textContent))
      .filter(Boolean);
    let text = messages.join(' ');
    if (!text) {
      const copy = target.cloneNode(true) as Element;
      copy.querySelectorAll(SELECTORS.alertTitle).forEach((title) => title.remove());
      text = normalise(copy.textContent) || normalise(target.textContent);
    }
    return text.slice(0, MAX_ERROR_TEXT);
  }
  return undefined;
}

/** Not hidden by `hidden`, `aria-hidden`, inline `display:none`, or (in browsers) by CSS. */
function isVisible(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style?.display === 'none' || style?.visibility === 'hidden') return false;
  }
  // Documents without a window (DOMParser output) have no layout to ask.
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function' && element.ownerDocument.defaultView) return check.call(element);
  return true;
}

function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function positiveInt(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const number = Number.parseInt(value, 10);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}
