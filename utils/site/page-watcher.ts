/**
 * Follows the ANEF single-page app without polling:
 *   - `wxt:locationchange` (WXT, on the Navigation API in Chromium and Firefox) for hash routes:
 *     the new route is reported at once from the URL the event carries (the Navigation API's
 *     `navigate` event fires before `location` and the page content change), then confirmed from
 *     the page once its content has settled;
 *   - a MutationObserver, debounced, for changes without a route change: form steps inside one
 *     route, tabs, an error alert that appears after load, Angular finishing its render.
 * Each change re-runs `recognizePage` and reports only when the result differs; `onDomChange`
 * hears of every settled change (the field-help "?" follow fields that come and go), `onMutation`
 * of every change at once, before the page is next painted (the "?" follow their fields' places).
 * Changes made by Repère's own elements (`repere-*`, e.g. the "?" beside fields) are not ANEF's and
 * are ignored.
 * Timers and listeners go through the content-script context, so all stops when it is invalidated.
 */
import { recognizePage, recognizeRoute, type PageInfo } from './recognize.ts';

/** The part of WXT's ContentScriptContext this needs (kept small so tests can pass a fake). */
export interface WatchContext {
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void): void;
  setTimeout(handler: () => void, timeout: number): number;
  onInvalidated(callback: () => void): void;
}

export interface PageWatcherOptions {
  window: Window;
  ctx: WatchContext;
  onChange(page: PageInfo): void;
  /** Called after each settled DOM change or route change, once the page was recognised. */
  onDomChange?(page: PageInfo): void;
  /**
   * Called at once for every batch of ANEF's DOM changes (in the observer's microtask, so before
   * the page is next painted), not debounced: what Repère places over the page can follow it.
   */
  onMutation?(): void;
  /** Quiet time before a DOM change is looked at. */
  debounceMs?: number;
}

/** Attributes whose change can change what the page is (tabs, hidden panels, alerts). */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-selected', 'aria-current', 'class', 'style', 'data-fr-current-step'];

/** Starts watching; calls onChange with the first recognition at once. Returns the current page. */
export function watchPage({ window, ctx, onChange, onDomChange, onMutation, debounceMs = 120 }: PageWatcherOptions): PageInfo {
  let last = recognizePage(window.location.href, window.document);
  onChange(last);

  const check = () => {
    const next = recognizePage(window.location.href, window.document);
    if (!samePage(last, next)) {
      last = next;
      onChange(next);
    }
    onDomChange?.(last);
  };

  let pending: number | undefined;
  const checkSoon = () => {
    if (pending !== undefined) window.clearTimeout(pending);
    pending = ctx.setTimeout(() => {
      pending = undefined;
      check();
    }, debounceMs);
  };

  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    const newUrl = (event as Event & { newUrl?: URL }).newUrl?.href ?? window.location.href;
    // The page still shows the previous route's content: report what the new URL says now, and
    // read the page (steps, tabs, alerts, logged-out header) once it has changed.
    const next = { ...recognizeRoute(newUrl), ...(last.language ? { language: last.language } : {}) };
    if (!samePage(last, next)) {
      last = next;
      onChange(next);
    }
    checkSoon();
  });

  const observer = new (window as Window & typeof globalThis).MutationObserver((records) => {
    if (records.every(isOwnChange)) return;
    onMutation?.();
    checkSoon();
  });
  observer.observe(window.document.body ?? window.document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  ctx.onInvalidated(() => observer.disconnect());
  return last;
}

/** A change made by Repère itself: on one of its elements, or adding/removing only its elements. */
export function isOwnChange(record: MutationRecord): boolean {
  const ours = (node: Node) => node.nodeType === 1 && (node as Element).tagName.startsWith('REPERE-');
  if (record.type === 'attributes') return ours(record.target);
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(ours);
}

/** Two recognitions describe the same page. */
export function samePage(a: PageInfo, b: PageInfo): boolean {
  return a.kind === b.kind
    && a.era === b.era
    && a.route === b.route
    && a.language === b.language
    && a.errorText === b.errorText
    && a.formStep?.index === b.formStep?.index
    && a.formStep?.total === b.formStep?.total
    && a.formStep?.title === b.formStep?.title
    && a.formStep?.key === b.formStep?.key;
}
