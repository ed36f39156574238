// @ts-check
/**
 * `npm run bench`: how much Repère costs the ANEF page (Playwright + Debian Chromium, headless).
 * Not part of `npm test` (timings depend on the machine); the latest numbers go in the README.
 *
 *   (a) size of the initial content script (the loader), of the panel bundle it has injected after
 *       the page loaded, and of each language's panel packs (raw, gzip)
 *   (b) panel script start → first render of the panel (performance marks), median / p95; also
 *       from the loader's start (which includes waiting for ANEF's load and an idle moment)
 *   (c) page load and DOMContentLoaded with and without the extension, and with the floor (an
 *       extension whose content script does nothing), loaded in turn in the same run, as ratios
 *       of medians
 *   (d) hash navigation → panel shows the new page, median / p95
 *   (e) long tasks (> 50 ms) during load, with and without the extension
 *
 * Options: --loads N (default 30), --no-build, --loads-only. Writes tests/.artifacts/bench.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PORTAL_ORIGIN, startFixtureServer } from '../fixtures/server.mjs';
import { CHROME_BUILD, launchChromium, ROOT } from '../tools/chromium.mjs';

const args = process.argv.slice(2);
/** --loads-only: measure page loads only (for experiments with a content script that shows nothing). */
const LOADS_ONLY = args.includes('--loads-only');
const LOADS = Number(args.includes('--loads') ? args[args.indexOf('--loads') + 1] : 30);
const PAGE_URL = `${PORTAL_ORIGIN}/usagers/#/espace-personnel/mon-compte`;
const ROUTES = ['#/espace-personnel/connexion-inscription', '#/espace-personnel/mon-compte'];
/** Namespaces the panel loads (components/overlay/namespaces.ts). */
const mountSource = readFileSync(resolve(ROOT, 'components/overlay/namespaces.ts'), 'utf8');
const OVERLAY_NAMESPACES = [...(/OVERLAY_NAMESPACES = \[([^\]]*)\]/.exec(mountSource)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');

const TARGETS = { contentGzipKB: 150, firstRenderMs: 50, loadRatio: 1.05, routeChangeMs: 50, longTaskMs: 50 };

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const lowValue = sorted[low] ?? NaN;
  return lowValue + ((sorted[high] ?? lowValue) - lowValue) * (position - low);
}
const median = (/** @type {number[]} */ values) => quantile(values, 0.5);
const round = (/** @type {number} */ value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

if (!args.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

// (a) sizes
const fileSize = (/** @type {string} */ path) => {
  const data = readFileSync(join(CHROME_BUILD, path));
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
};
const sizes = {
  contentScript: fileSize('content-scripts/anef.js'),
  panelBundle: fileSize('panel.js'),
  /** @type {Record<string, { raw: number, gzip: number }>} */
  languagePacks: {},
};
for (const language of readdirSync(join(CHROME_BUILD, 'i18n'))) {
  let raw = 0;
  let gzip = 0;
  for (const namespace of OVERLAY_NAMESPACES) {
    const data = readFileSync(join(CHROME_BUILD, 'i18n', language, `${namespace}.json`));
    raw += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  sizes.languagePacks[language] = { raw, gzip };
}

/**
 * The floor (facts/toolchain.md, performance facts): an extension whose content script, on the same
 * pages at the same moment, does nothing. What any extension with a content script costs there.
 */
function writeFloorExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'repere-bench-floor-ext-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'floor',
    version: '1.0',
    content_scripts: [{ matches: [`${PORTAL_ORIGIN}/*`], js: ['floor.js'], run_at: 'document_idle' }],
  }));
  writeFileSync(join(dir, 'floor.js'), 'void 0;\n');
  return dir;
}

const server = await startFixtureServer();
const withDir = mkdtempSync(join(tmpdir(), 'repere-bench-a-'));
const withoutDir = mkdtempSync(join(tmpdir(), 'repere-bench-b-'));
const floorDir = mkdtempSync(join(tmpdir(), 'repere-bench-c-'));
const floorExtension = writeFloorExtension();
const withExtension = await launchChromium({ userDataDir: withDir, fixturePort: server.port });
const without = await launchChromium({ userDataDir: withoutDir, fixturePort: server.port, extensionDir: null });
const floor = await launchChromium({ userDataDir: floorDir, fixturePort: server.port, extensionDir: floorExtension });

/** Installed before any page script: collects long tasks of the page. */
const collectLongTasks = () => {
  /** @type {number[]} */
  const durations = [];
  Object.defineProperty(window, '__benchLongTasks', { value: durations });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};
for (const context of [withExtension, without, floor]) await context.addInitScript(collectLongTasks);

// Warm the browsers (first run compiles code, fills caches).
for (const context of [withExtension, without, floor]) {
  const page = await context.newPage();
  await page.goto(PAGE_URL);
  await page.waitForTimeout(500);
  await page.close();
}

/**
 * @param {import('@playwright/test').BrowserContext} context
 * @param {boolean} extension
 */
async function measureLoad(context, extension) {
  const page = await context.newPage();
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  if (extension && !LOADS_ONLY) await page.getByRole('complementary', { name: /Repère/ }).getByRole('heading', { level: 3 }).first().waitFor();
  await page.waitForTimeout(100);
  const result = await page.evaluate(() => {
    const [nav] = /** @type {PerformanceNavigationTiming[]} */ (performance.getEntriesByType('navigation'));
    const mark = (/** @type {string} */ name) => performance.getEntriesByName(name)[0]?.startTime;
    return {
      load: nav ? nav.loadEventEnd - nav.startTime : NaN,
      dcl: nav ? nav.domContentLoadedEventEnd - nav.startTime : NaN,
      loader: mark('repere:loader'),
      start: mark('repere:start'),
      firstRender: mark('repere:first-render'),
      longTasks: /** @type {number[]} */ (/** @type {any} */ (window).__benchLongTasks ?? []),
    };
  });
  await page.close();
  return result;
}

/** @typedef {'with' | 'without' | 'floor'} Variant */
/** @type {Record<Variant, Awaited<ReturnType<typeof measureLoad>>[]>} */
const loads = { with: [], without: [], floor: [] };
const contexts = { with: withExtension, without, floor };
/** @type {Variant[][]} Every order in turn, so drift in the machine's speed hits all equally. */
const ORDERS = [['with', 'without', 'floor'], ['without', 'floor', 'with'], ['floor', 'with', 'without']];
for (let i = 0; i < LOADS; i += 1) {
  for (const variant of ORDERS[i % ORDERS.length] ?? []) {
    loads[variant].push(await measureLoad(contexts[variant], variant === 'with'));
  }
}

// (d) route changes
const page = await withExtension.newPage();
await page.goto(PAGE_URL);
if (!LOADS_ONLY) await page.getByRole('complementary', { name: /Repère/ }).getByRole('heading', { level: 3 }).first().waitFor();
/** @type {number[]} */
const routeChanges = [];
for (let i = 0; i < (LOADS_ONLY ? 0 : LOADS); i += 1) {
  const hash = ROUTES[i % ROUTES.length] ?? '#/';
  const elapsed = await page.evaluate((target) => new Promise((done) => {
    const root = document.querySelector('repere-panel')?.shadowRoot;
    const title = () => root?.querySelector('.repere-page__name')?.textContent;
    const before = title();
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (title() !== before) {
        observer.disconnect();
        done(performance.now() - started);
      }
    });
    if (root) observer.observe(root, { subtree: true, childList: true, characterData: true });
    location.hash = target;
  }), hash);
  routeChanges.push(/** @type {number} */ (elapsed));
  await page.waitForTimeout(50);
}

await withExtension.close();
await without.close();
await floor.close();
await server.close();
for (const dir of [withDir, withoutDir, floorDir, floorExtension]) rmSync(dir, { recursive: true, force: true });

const firstRenders = loads.with.map((r) => (r.firstRender ?? NaN) - (r.start ?? NaN)).filter(Number.isFinite);
const fromLoader = loads.with.map((r) => (r.firstRender ?? NaN) - (r.loader ?? NaN)).filter(Number.isFinite);
const longWith = loads.with.flatMap((r) => r.longTasks);
const longWithout = loads.without.flatMap((r) => r.longTasks);
const results = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, Node ${process.version}`,
  loads: LOADS,
  sizes,
  firstRenderMs: { median: round(median(firstRenders)), p95: round(quantile(firstRenders, 0.95)), samples: firstRenders.length },
  loaderToFirstRenderMs: { median: round(median(fromLoader)), p95: round(quantile(fromLoader, 0.95)) },
  loadMs: {
    with: round(median(loads.with.map((r) => r.load))),
    without: round(median(loads.without.map((r) => r.load))),
    floor: round(median(loads.floor.map((r) => r.load))),
  },
  domContentLoadedMs: {
    with: round(median(loads.with.map((r) => r.dcl))),
    without: round(median(loads.without.map((r) => r.dcl))),
    floor: round(median(loads.floor.map((r) => r.dcl))),
  },
  loadRatio: round(median(loads.with.map((r) => r.load)) / median(loads.without.map((r) => r.load)), 3),
  floorLoadRatio: round(median(loads.floor.map((r) => r.load)) / median(loads.without.map((r) => r.load)), 3),
  loadRatioVsFloor: round(median(loads.with.map((r) => r.load)) / median(loads.floor.map((r) => r.load)), 3),
  domContentLoadedRatio: round(median(loads.with.map((r) => r.dcl)) / median(loads.without.map((r) => r.dcl)), 3),
  routeChangeMs: { median: round(median(routeChanges)), p95: round(quantile(routeChanges, 0.95)) },
  longTasks: {
    withExtension: { count: longWith.length, maxMs: round(Math.max(0, ...longWith)) },
    withoutExtension: { count: longWithout.length, maxMs: round(Math.max(0, ...longWithout)) },
  },
};
const verdicts = {
  contentGzip: results.sizes.contentScript.gzip / 1024 <= TARGETS.contentGzipKB,
  firstRender: results.firstRenderMs.median <= TARGETS.firstRenderMs,
  loadRatio: results.loadRatio <= TARGETS.loadRatio,
  routeChange: results.routeChangeMs.median <= TARGETS.routeChangeMs,
  longTasks: results.longTasks.withExtension.count <= results.longTasks.withoutExtension.count,
};
mkdirSync(resolve(ROOT, 'tests/.artifacts'), { recursive: true });
writeFileSync(resolve(ROOT, 'tests/.artifacts/bench.json'), `${JSON.stringify({ ...results, targets: TARGETS, verdicts }, null, 2)}\n`);

const ok = (/** @type {boolean} */ pass) => (pass ? 'meets target' : 'MISSES target');
console.log(`
| measure | value | target | |
|---|---|---|---|
| content script (initial bundle: the loader) | ${round(sizes.contentScript.raw / 1024)} KB raw, ${round(sizes.contentScript.gzip / 1024)} KB gzip | ≤ ${TARGETS.contentGzipKB} KB gzip | ${ok(verdicts.contentGzip)} |
| panel bundle (injected after load) | ${round(sizes.panelBundle.raw / 1024)} KB raw, ${round(sizes.panelBundle.gzip / 1024)} KB gzip | | |
| panel packs per language (gzip) | ${Object.entries(sizes.languagePacks).map(([l, s]) => `${l} ${round(s.gzip / 1024)} KB`).join(', ')} | loaded on demand | |
| panel script start → first render | median ${results.firstRenderMs.median} ms, p95 ${results.firstRenderMs.p95} ms | ≤ ${TARGETS.firstRenderMs} ms median | ${ok(verdicts.firstRender)} |
| loader start → first render (waits for ANEF's load) | median ${results.loaderToFirstRenderMs.median} ms, p95 ${results.loaderToFirstRenderMs.p95} ms | | |
| page load with / without | ${results.loadMs.with} / ${results.loadMs.without} ms (ratio ${results.loadRatio}) | ≤ ${TARGETS.loadRatio} | ${ok(verdicts.loadRatio)} |
| page load, the floor (a content script that does nothing) / without | ${results.loadMs.floor} / ${results.loadMs.without} ms (ratio ${results.floorLoadRatio}) | | |
| page load with Repère / the floor | ratio ${results.loadRatioVsFloor} | ≤ ${TARGETS.loadRatio} | ${ok(results.loadRatioVsFloor <= TARGETS.loadRatio)} |
| DOMContentLoaded with / without | ${results.domContentLoadedMs.with} / ${results.domContentLoadedMs.without} ms (ratio ${results.domContentLoadedRatio}) | | |
| hash navigation → panel updated | median ${results.routeChangeMs.median} ms, p95 ${results.routeChangeMs.p95} ms | ≤ ${TARGETS.routeChangeMs} ms | ${ok(verdicts.routeChange)} |
| long tasks > 50 ms during load | with ${results.longTasks.withExtension.count} (max ${results.longTasks.withExtension.maxMs} ms), without ${results.longTasks.withoutExtension.count} | none added | ${ok(verdicts.longTasks)} |
`);
