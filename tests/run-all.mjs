// @ts-check
/**
 * `npm test`: every check of the project, in order, and one closing line `N passed, N failed`.
 *
 *   1. system packages (Debian chromium, firefox-esr, openssl, fonts) when missing
 *   2. type check (tsc --noEmit)                         counts as 1 check
 *   3. unit, component and background tests (vitest)     counts each test
 *   4. Chrome build + store zip (wxt zip)                counts as 1 check
 *   5. Firefox build + store zip (wxt zip -b firefox)    counts as 1 check
 *   6. Chromium end-to-end tests (Playwright)            counts each test
 *   7. Firefox end-to-end tests (puppeteer-core, BiDi)   counts each test
 *   8. web-ext lint of the Firefox build: 0 errors       counts as 1 check
 *
 * A skipped test counts as failed: CI must prove that the browser tests really ran.
 * Later steps still run after a failure, so one run shows everything that is wrong.
 * Exit code: 0 only when nothing failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureSystemPackages } from './tools/browsers.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const ARTIFACTS = resolve(ROOT, 'tests/.artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/** @type {{ name: string, passed: number, failed: number, note?: string }[]} */
const results = [];

/**
 * Runs a command with inherited output; returns its exit status.
 * @param {string} cmd @param {string[]} args @param {Record<string, string>} [env]
 */
function run(cmd, args, env = {}) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const child = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return child.status ?? 1;
}

/** @param {string} name @param {boolean} ok @param {string} [note] */
function check(name, ok, note) {
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, note });
}

/**
 * Counts a vitest JSON report (skipped and todo count as failed).
 * @param {string} name @param {string} file @param {number} status
 */
function vitestSuite(name, file, status) {
  if (!existsSync(file)) return check(name, false, 'no report (the runner crashed)');
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failed = report.numFailedTests + report.numPendingTests + report.numTodoTests;
  // A file that fails to load has no tests but makes the run fail: count it.
  const brokenFiles = (report.testResults ?? []).filter(
    (/** @type {any} */ r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
  ).length;
  results.push({ name, passed: report.numPassedTests, failed: failed + brokenFiles });
  if (status !== 0 && failed + brokenFiles === 0) check(`${name} (runner exit ${status})`, false);
}

/**
 * Counts a Playwright JSON report (skipped and flaky count as failed).
 * @param {string} name @param {string} file @param {number} status
 */
function playwrightSuite(name, file, status) {
  if (!existsSync(file)) return check(name, false, 'no report (the runner crashed)');
  const { stats, errors } = JSON.parse(readFileSync(file, 'utf8'));
  const failed = stats.unexpected + stats.skipped + stats.flaky + (errors?.length ?? 0);
  results.push({ name, passed: stats.expected, failed });
  if (status !== 0 && failed === 0) check(`${name} (runner exit ${status})`, false);
}

// xvfb: the auto-lock e2e test runs a headed Chromium on a private Xvfb (tests/tools/xvfb.mjs).
ensureSystemPackages({ firefox: true, xvfb: true });

check('type check (tsc)', run('npx', ['tsc', '--noEmit']) === 0);

const unitReport = resolve(ARTIFACTS, 'vitest-unit.json');
rmSync(unitReport, { force: true });
const unitStatus = run('npx', ['vitest', 'run', '-c', 'tests/vitest.config.ts',
  '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
vitestSuite('unit, component and background tests', unitReport, unitStatus);

const chromeBuilt = run('npx', ['wxt', 'zip']) === 0;
check('Chrome build and zip', chromeBuilt);
const firefoxBuilt = run('npx', ['wxt', 'zip', '-b', 'firefox']) === 0;
check('Firefox build and zip', firefoxBuilt);

if (chromeBuilt) {
  const e2eReport = resolve(ARTIFACTS, 'playwright.json');
  rmSync(e2eReport, { force: true });
  const status = run('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport, REPERE_SKIP_BUILD: '1' });
  playwrightSuite('Chromium end-to-end tests', e2eReport, status);
} else {
  check('Chromium end-to-end tests', false, 'not run: the Chrome build failed');
}

if (firefoxBuilt) {
  const ffReport = resolve(ARTIFACTS, 'vitest-firefox.json');
  rmSync(ffReport, { force: true });
  const status = run('npx', ['vitest', 'run', '-c', 'tests/firefox/vitest.config.ts',
    '--reporter=default', '--reporter=json', `--outputFile.json=${ffReport}`]);
  vitestSuite('Firefox end-to-end tests', ffReport, status);

  const lintReport = resolve(ARTIFACTS, 'web-ext-lint.json');
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-input'],
    { cwd: ROOT, encoding: 'utf8', env: process.env });
  const summary = (() => { try { return JSON.parse(lint.stdout).summary; } catch { return undefined; } })();
  console.log(`\n▶ web-ext lint: ${summary ? JSON.stringify(summary) : lint.stdout + lint.stderr}`);
  writeFileSync(lintReport, lint.stdout);
  check('web-ext lint (0 errors)', !!summary && summary.errors === 0);
} else {
  check('Firefox end-to-end tests', false, 'not run: the Firefox build failed');
  check('web-ext lint (0 errors)', false, 'not run: the Firefox build failed');
}

console.log('\nSummary');
for (const r of results) {
  console.log(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
