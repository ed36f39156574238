/**
 * The background with WXT's fake browser: language packs are served only to trusted senders and
 * only from our own files; "open the dashboard" opens options.html at a known section.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index.ts';
import { messenger, type PanelStart } from '../../utils/messaging/protocol.ts';
import { diskPack } from '../components/test-i18n.ts';
import { CONTENT, deliver, ORIGIN, PAGE } from './deliver.ts';

describe('background', () => {
  beforeEach(() => {
    messenger.removeAllListeners();
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      const match = /\/i18n\/([^/]+)\/([^/]+)\.json$/.exec(url);
      if (!match) return new Response('', { status: 404 });
      return new Response(JSON.stringify(diskPack(match[1]!, match[2]!)), { status: 200 });
    }));
    background.main();
  });

  it('gives a language pack to our content script and our pages', async () => {
    const reply = await deliver('getLocalePack', { language: 'ar', namespace: 'overlay' }, CONTENT);
    expect(reply.res).toEqual(diskPack('ar', 'overlay'));
    expect(fetch).toHaveBeenCalledWith(`${ORIGIN}i18n/ar/overlay.json`);
    expect((await deliver('getLocalePack', { language: 'fr', namespace: 'pages' }, PAGE)).res).toEqual(diskPack('fr', 'pages'));
  });

  it('refuses senders that are not ours, before doing anything', async () => {
    const fromOther = await deliver('getLocalePack', { language: 'fr', namespace: 'common' }, { ...PAGE, id: 'someone-else' });
    expect(fromOther.err?.message).toBe('refused');
    const fromSite = await deliver('getLocalePack', { language: 'fr', namespace: 'common' }, { ...CONTENT, url: 'https://example.org/' });
    expect(fromSite.err?.message).toBe('refused');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses pack names that are not ours (no path tricks)', async () => {
    const reply = await deliver('getLocalePack', { language: '../../secrets', namespace: 'common' }, CONTENT);
    expect(reply.err?.message).toMatch(/unknown language pack/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a malformed pack', async () => {
    vi.mocked(fetch).mockResolvedValueOnce(new Response(JSON.stringify({ a: { b: 3 } }), { status: 200 }));
    const reply = await deliver('getLocalePack', { language: 'en', namespace: 'meta' }, CONTENT);
    expect(reply.err).toBeDefined();
  });

  it('starts the panel in one message: the person\'s language, its packs and French ones', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'ar', dockSide: 'auto', panelOpen: true } });
    const reply = await deliver('startPanel', { browserLanguages: ['en-US'], namespaces: ['overlay', 'common'] }, CONTENT);
    expect(reply.res).toEqual({
      language: 'ar',
      packs: {
        ar: { overlay: diskPack('ar', 'overlay'), common: diskPack('ar', 'common') },
        fr: { overlay: diskPack('fr', 'overlay'), common: diskPack('fr', 'common') },
      },
    });
  });

  it('starts the panel in the browser\'s language until the person chooses one', async () => {
    const reply = await deliver('startPanel', { browserLanguages: ['uk-UA', 'en'], namespaces: ['meta'] }, CONTENT);
    const start = reply.res as PanelStart | undefined;
    expect(start?.language).toBe('uk');
    expect(Object.keys(start?.packs ?? {})).toEqual(['uk', 'fr']);
  });

  it('starts the panel only for our content script, and only with our own pack names', async () => {
    expect((await deliver('startPanel', { browserLanguages: [], namespaces: ['meta'] }, PAGE)).err?.message).toBe('refused');
    const tricked = await deliver('startPanel', { browserLanguages: [], namespaces: ['../../secrets'] }, CONTENT);
    expect(tricked.err?.message).toMatch(/unknown language pack/);
  });

  it('injects the panel into the asking ANEF tab only, top frame only', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    await deliver('injectPanel', undefined, CONTENT);
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/panel.js'] });
    const fromPage = await deliver('injectPanel', undefined, PAGE);
    expect(fromPage.err?.message).toBe('refused');
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it('opens the dashboard at the asked section, and at help for anything else', async () => {
    await deliver('openDashboard', { section: 'documents' }, CONTENT);
    await deliver('openDashboard', { section: 'javascript:alert(1)' }, CONTENT);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url).filter(Boolean)).toEqual([`${ORIGIN}options.html#/documents`, `${ORIGIN}options.html#/help`]);
  });
});
