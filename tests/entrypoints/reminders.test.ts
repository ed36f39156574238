/**
 * Reminders in the background, with WXT's fake browser: alarms rebuilt from storage at start-up
 * (stale ones gone, others' kept), a fired alarm makes a notification once, a click opens the
 * dashboard at the document, the badge shows the days left and follows changes, reminders missed
 * while the browser was closed are shown at the next start, and on a shared computer the
 * notification and the badge say nothing personal.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index.ts';
import type { TrackedDocument } from '../../utils/deadlines/documents.ts';
import { messenger } from '../../utils/messaging/protocol.ts';
import { diskPack } from '../components/test-i18n.ts';

const ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}/`;
const PAGE = { id: fakeBrowser.runtime.id, url: `${ORIGIN}options.html` };

/** 27 November 2026, 10:00 local time; the titre de séjour expires in 100 days. */
const NOW = new Date(2026, 10, 27, 10, 0);
const titre: TrackedDocument = { id: 'titre-1', kind: 'titre-sejour', expiry: '2027-03-07', onAnef: true, longCard: false };

/** Stores documents, device mode and reminder state; the language is French unless a test sets it. */
async function store(values: { docs?: TrackedDocument[]; mode?: 'own' | 'shared' | null; checkedThrough?: string }) {
  await fakeBrowser.storage.local.set({ settings: { language: 'fr', dockSide: 'auto', panelOpen: true } });
  // On the own device the data is in local storage; on a shared computer (or before the question
  // is answered) it lives in session storage only (utils/privacy/router.ts).
  const area = values.mode === 'own' ? fakeBrowser.storage.local : fakeBrowser.storage.session;
  if (values.docs) await area.set({ profile: { documents: { items: values.docs } } });
  if (values.mode !== undefined) await fakeBrowser.storage.local.set({ device: { mode: values.mode } });
  if (values.checkedThrough) await fakeBrowser.storage.local.set({ reminders: { checkedThrough: values.checkedThrough } });
}

async function deliver(type: string, data: unknown, sender: object): Promise<{ res?: unknown; err?: { message: string } }> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender, resolve);
  });
}

/** Fires one of our alarms now, as the browser would. */
const ring = (name: string) => fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now(), persistAcrossSessions: false });

const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort();
const badgeText = () => fakeBrowser.action.getBadgeText({});
const notifications = () => Object.entries(fakeBrowser.notifications.getAllCreateOptions()) as [string, { title: string; message: string }][];

/** Runs the background's main and waits until its start-up refresh has set the daily alarm. */
async function start() {
  background.main();
  await vi.waitFor(async () => expect(await alarmNames()).toContain('repere-daily'));
  // Let the rest of the start-up refresh (badge, catch-up) finish.
  await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('reminders')).reminders).toBeDefined());
}

beforeEach(() => {
  messenger.removeAllListeners();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const match = /\/i18n\/([^/]+)\/([^/]+)\.json$/.exec(url);
    return match ? new Response(JSON.stringify(diskPack(match[1]!, match[2]!)), { status: 200 }) : new Response('', { status: 404 });
  }));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('alarms at start-up', () => {
  it('are rebuilt from the stored documents: one per future reminder day at 09:00, plus the daily one', async () => {
    await store({ docs: [titre], mode: 'own' });
    await fakeBrowser.alarms.create('repere-reminder:2020-01-01', { when: 1 });
    await fakeBrowser.alarms.create('someone-elses-alarm', { when: 1 });
    await start();
    expect(await alarmNames()).toEqual([
      'repere-daily',
      'repere-reminder:2026-12-07', 'repere-reminder:2026-12-22', 'repere-reminder:2026-12-30',
      'repere-reminder:2027-01-04', 'repere-reminder:2027-01-06', 'repere-reminder:2027-02-05',
      'repere-reminder:2027-02-21', 'repere-reminder:2027-02-28', 'repere-reminder:2027-03-06',
      'repere-reminder:2027-03-07',
      'someone-elses-alarm',
    ]);
    expect((await fakeBrowser.alarms.get('repere-reminder:2026-12-07'))?.scheduledTime).toBe(new Date(2026, 11, 7, 9).getTime());
    expect((await fakeBrowser.alarms.get('repere-daily'))?.scheduledTime).toBe(new Date(2026, 10, 28, 0, 1).getTime());
  });

  it('follow a change of the documents', async () => {
    await store({ docs: [titre], mode: 'own' });
    await start();
    await deliver('updateProfileSection', { section: 'documents', value: { items: [{ id: 'api-1', kind: 'api', expiry: '2026-12-31' }] } }, PAGE);
    await vi.waitFor(async () => expect(await alarmNames()).toEqual([
      'repere-daily',
      'repere-reminder:2026-12-01', 'repere-reminder:2026-12-16', 'repere-reminder:2026-12-24',
      'repere-reminder:2026-12-28', 'repere-reminder:2026-12-30',
    ]));
  });

  it('with no documents: only the daily alarm, no badge', async () => {
    await store({ mode: 'own' });
    await start();
    expect(await alarmNames()).toEqual(['repere-daily']);
    expect(await badgeText()).toBe('');
  });
});

describe('notifications', () => {
  it('a fired alarm makes one notification per document, in plain words, once', async () => {
    await store({ docs: [titre], mode: 'own' });
    await start();
    vi.setSystemTime(new Date(2026, 11, 7, 9, 0));
    await ring('repere-reminder:2026-12-07');
    await vi.waitFor(() => expect(notifications()).toHaveLength(1));
    const [[id, options]] = notifications() as [[string, { title: string; message: string; iconUrl: string; type: string }]];
    expect(id).toBe('repere:2026-12-07:titre-1');
    expect(options).toMatchObject({
      type: 'basic',
      title: 'Repère — Titre de séjour (carte de séjour)',
      message: 'Dans 30 jours : dernier jour pour déposer votre demande de renouvellement à temps',
      iconUrl: `${ORIGIN}icon/128.png`,
    });
    expect((await fakeBrowser.storage.local.get('reminders')).reminders).toEqual({ checkedThrough: '2026-12-07' });

    await fakeBrowser.notifications.clear(id);
    await ring('repere-reminder:2026-12-07');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(notifications()).toHaveLength(0);
  });

  it('a click opens the dashboard at that document', async () => {
    await store({ docs: [titre], mode: 'own' });
    await start();
    await fakeBrowser.notifications.onClicked.trigger('repere:2026-12-07:titre-1');
    await vi.waitFor(async () => expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(`${ORIGIN}options.html#/documents/titre-1`));
  });

  it('reminders missed while the browser was closed are shown at the next start, once', async () => {
    await store({ docs: [titre], mode: 'own', checkedThrough: '2026-12-01' });
    vi.setSystemTime(new Date(2026, 11, 23, 11, 0));
    await start();
    await vi.waitFor(() => expect(notifications()).toHaveLength(1));
    expect(notifications()[0]![1].message).toBe('Dans 14 jours : dernier jour pour déposer votre demande de renouvellement à temps');
    expect((await fakeBrowser.storage.local.get('reminders')).reminders).toEqual({ checkedThrough: '2026-12-23' });
  });

  it('in Arabic when the person chose Arabic', async () => {
    await store({ docs: [titre], mode: 'own' });
    await fakeBrowser.storage.local.set({ settings: { language: 'ar', dockSide: 'auto', panelOpen: true } });
    await start();
    vi.setSystemTime(new Date(2026, 11, 7, 9, 0));
    await ring('repere-reminder:2026-12-07');
    await vi.waitFor(() => expect(notifications()).toHaveLength(1));
    expect(notifications()[0]![1]).toMatchObject({
      title: 'Repère — بطاقة الإقامة (titre de séjour)',
      message: 'بعد 30 يومًا: آخر يوم لإيداع طلب التجديد في الوقت المحدد',
    });
  });
});

describe('badge', () => {
  it('own device: the days left of the most urgent item, with its colour, following changes', async () => {
    await store({ docs: [titre], mode: 'own' });
    await start();
    expect(await badgeText()).toBe('40');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x0d, 0x5c, 0x57, 255]);
    await deliver('updateProfileSection', { section: 'documents', value: { items: [titre, { id: 'api-1', kind: 'api', expiry: '2026-11-20' }] } }, PAGE);
    await vi.waitFor(async () => expect(await badgeText()).toBe('!'));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xa4, 0x26, 0x2c, 255]);
  });

  it('the daily alarm moves the count on', async () => {
    await store({ docs: [titre], mode: 'own' });
    await start();
    vi.setSystemTime(new Date(2026, 10, 28, 0, 1));
    await ring('repere-daily');
    await vi.waitFor(async () => expect(await badgeText()).toBe('39'));
    expect((await fakeBrowser.alarms.get('repere-daily'))?.scheduledTime).toBe(new Date(2026, 10, 29, 0, 1).getTime());
  });
});

describe('shared computer', () => {
  it('no badge count, and one generic notification that names nothing', async () => {
    await store({ docs: [titre, { id: 'api-1', kind: 'api', expiry: '2026-12-08' }], mode: 'shared' });
    await start();
    expect(await badgeText()).toBe('');
    vi.setSystemTime(new Date(2026, 11, 7, 9, 0));
    await ring('repere-reminder:2026-12-07');
    await vi.waitFor(() => expect(notifications()).toHaveLength(1));
    const [id, options] = notifications()[0]!;
    expect(id).toBe('repere:2026-12-07');
    expect(options).toMatchObject({ title: 'Repère', message: 'Un rappel vous attend : ouvrez Repère.' });
    expect(JSON.stringify(options)).not.toMatch(/séjour|API|jours|2026|2027/);
    await fakeBrowser.notifications.onClicked.trigger(id);
    await vi.waitFor(async () => expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(`${ORIGIN}options.html#/documents`));
  });

  it('before the own/shared question is answered, the same generic behaviour', async () => {
    await store({ docs: [titre], mode: null });
    await start();
    expect(await badgeText()).toBe('');
  });

  it('switching to shared clears the count at once', async () => {
    await store({ docs: [titre], mode: 'own' });
    await start();
    expect(await badgeText()).toBe('40');
    await fakeBrowser.storage.local.set({ device: { mode: 'shared' } });
    await vi.waitFor(async () => expect(await badgeText()).toBe(''));
  });
});
