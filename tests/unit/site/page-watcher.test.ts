/**
 * The page watcher follows hash routes at once (wxt:locationchange) and DOM changes without a
 * route change after a short quiet time, reporting only real changes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isOwnChange, samePage, watchPage, type WatchContext } from '../../../utils/site/page-watcher.ts';
import type { PageInfo } from '../../../utils/site/recognize.ts';

const ORIGIN = 'https://administration-etrangers-en-france.interieur.gouv.fr';

/** happy-dom lets a test move the window to another origin. */
function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

function fakeContext(): WatchContext & { invalidate(): void } {
  const callbacks: (() => void)[] = [];
  return {
    addEventListener: (target, type, handler) => target.addEventListener(type, handler),
    setTimeout: (handler, timeout) => window.setTimeout(handler, timeout) as unknown as number,
    onInvalidated: (callback) => callbacks.push(callback),
    invalidate: () => callbacks.forEach((callback) => callback()),
  };
}

describe('watchPage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setUrl(`${ORIGIN}/usagers/#/`);
    document.body.innerHTML = '<app-root><anef-header><edu-item-link data-item="Se connecter"></edu-item-link></anef-header><main></main></app-root>';
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports the first page at once and a route change as soon as WXT signals it', () => {
    const seen: PageInfo[] = [];
    watchPage({ window, ctx: fakeContext(), onChange: (page) => seen.push(page) });
    expect(seen.map((page) => page.kind)).toEqual(['home']);
    setUrl(`${ORIGIN}/usagers/#/espace-personnel/connexion-inscription`);
    window.dispatchEvent(new Event('wxt:locationchange'));
    expect(seen.map((page) => page.kind)).toEqual(['home', 'login-landing']);
  });

  it('reports the new route at once without trusting the previous route\'s content', async () => {
    const seen: PageInfo[] = [];
    watchPage({ window, ctx: fakeContext(), onChange: (page) => seen.push(page), debounceMs: 100 });
    // Still the logged-out home content when the personal space route starts: not "session expired".
    const event = Object.assign(new Event('wxt:locationchange'), { newUrl: new URL(`${ORIGIN}/usagers/#/espace-personnel/mon-compte`) });
    window.dispatchEvent(event);
    expect(seen.map((page) => page.kind)).toEqual(['home', 'personal-space']);
    // The app renders the personal space: confirmed from the page after a quiet time.
    setUrl(`${ORIGIN}/usagers/#/espace-personnel/mon-compte`);
    document.body.innerHTML = '<app-root><anef-header><edu-item-link data-item="Mon espace"><a class="fr-icon-user-line" href="#/espace-personnel/mon-compte">Mon espace</a></edu-item-link></anef-header><main></main></app-root>';
    await vi.advanceTimersByTimeAsync(150);
    expect(seen.map((page) => page.kind)).not.toContain('session-expired');
    expect(seen.at(-1)?.kind).toBe('personal-space');
  });

  it('notices an error alert added after load, after a quiet time', async () => {
    const seen: PageInfo[] = [];
    setUrl(`${ORIGIN}/usagers/#/sejour/demande-tse/etudiant`);
    document.body.innerHTML = '<app-root><anef-header><edu-item-link data-item="Mon espace"><a class="fr-icon-user-line" href="#/espace-personnel/mon-compte">Mon espace</a></edu-item-link></anef-header><main></main></app-root>';
    watchPage({ window, ctx: fakeContext(), onChange: (page) => seen.push(page), debounceMs: 100 });
    document.querySelector('main')!.innerHTML = '<div class="fr-alert fr-alert--error"><p>Panne</p></div>';
    await vi.advanceTimersByTimeAsync(50);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(seen.map((page) => page.kind)).toEqual(['sejour-form', 'error']);
    expect(seen[1]?.errorText).toBe('Panne');
  });

  it('does not report when nothing that matters changed', async () => {
    const seen: PageInfo[] = [];
    watchPage({ window, ctx: fakeContext(), onChange: (page) => seen.push(page), debounceMs: 10 });
    document.querySelector('main')!.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(50);
    expect(seen).toHaveLength(1);
  });

  it('stops observing when the context is invalidated', async () => {
    const seen: PageInfo[] = [];
    const ctx = fakeContext();
    setUrl(`${ORIGIN}/usagers/#/sejour/demande-tse/etudiant`);
    watchPage({ window, ctx, onChange: (page) => seen.push(page), debounceMs: 10 });
    ctx.invalidate();
    document.querySelector('main')!.innerHTML = '<div class="fr-alert fr-alert--error"><p>Panne</p></div>';
    await vi.advanceTimersByTimeAsync(50);
    expect(seen).toHaveLength(1);
  });

  it('tells of each of ANEF\'s changes at once, before the quiet time, and not of Repère\'s own', async () => {
    let mutations = 0;
    const domChanges: PageInfo[] = [];
    setUrl(`${ORIGIN}/usagers/#/sejour/demande-tse/etudiant`);
    watchPage({ window, ctx: fakeContext(), onChange: () => {}, onDomChange: (page) => domChanges.push(page), onMutation: () => { mutations += 1; }, debounceMs: 100 });
    document.querySelector('main')!.before(Object.assign(document.createElement('div'), { className: 'fr-alert fr-alert--error' }));
    await vi.advanceTimersByTimeAsync(1);
    expect(mutations).toBe(1);
    expect(domChanges).toHaveLength(0);
    // The "?" moving (an attribute on a repere-* element) is not ANEF's change.
    const own = document.createElement('repere-field-help');
    document.querySelector('main')!.append(own);
    await vi.advanceTimersByTimeAsync(1);
    own.setAttribute('style', '--repere-x: 4px');
    await vi.advanceTimersByTimeAsync(1);
    expect(mutations).toBe(1);
    await vi.advanceTimersByTimeAsync(150);
    expect(domChanges).toHaveLength(1);
  });

  it('compares recognitions field by field', () => {
    const a: PageInfo = { kind: 'sejour-form', era: 'dsfr-2026', formStep: { index: 1, total: 6 } };
    expect(samePage(a, { ...a, formStep: { index: 1, total: 6 } })).toBe(true);
    expect(samePage(a, { ...a, formStep: { index: 2, total: 6 } })).toBe(false);
  });
});

describe('isOwnChange', () => {
  it('ignores changes made by Repère\'s own elements only', () => {
    const ours = document.createElement('repere-field-help');
    const theirs = document.createElement('div');
    const record = (init: Partial<MutationRecord>) => ({ type: 'childList', target: theirs, addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList, ...init }) as MutationRecord;
    expect(isOwnChange(record({ type: 'attributes', target: ours }))).toBe(true);
    expect(isOwnChange(record({ type: 'attributes', target: theirs }))).toBe(false);
    expect(isOwnChange(record({ addedNodes: [ours] as unknown as NodeList }))).toBe(true);
    expect(isOwnChange(record({ addedNodes: [ours, theirs] as unknown as NodeList }))).toBe(false);
    expect(isOwnChange(record({ removedNodes: [theirs] as unknown as NodeList }))).toBe(false);
    expect(isOwnChange(record({}))).toBe(false);
  });
});
