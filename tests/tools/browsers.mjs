// @ts-check
/**
 * Where the system browsers are, and how to get them on a fresh Debian/Ubuntu machine.
 * Tests and the run command use Debian's Chromium and firefox-esr, never a downloaded browser
 * (toolchain pitfall 11). Paths can be overridden with CHROMIUM_PATH / FIREFOX_PATH.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** @param {string[]} names */
function which(names) {
  for (const name of names) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    const path = found.stdout.trim();
    if (found.status === 0 && path) return path;
  }
  return undefined;
}

/** Absolute path of the Chromium binary, or undefined when none is installed. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return which(['chromium', 'chromium-browser']);
}

/** Absolute path of the Firefox ESR binary, or undefined when none is installed. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return which(['firefox-esr', 'firefox']);
}

/** Chromium's path; throws a plain message when it is missing. */
export function chromiumPath() {
  const path = findChromium();
  if (!path) throw new Error('Chromium is not installed: run `node tests/tools/ensure-system.mjs` (apt-get install chromium) or set CHROMIUM_PATH.');
  return path;
}

/** Firefox ESR's path; throws a plain message when it is missing. */
export function firefoxPath() {
  const path = findFirefox();
  if (!path) throw new Error('firefox-esr is not installed: run `node tests/tools/ensure-system.mjs` (apt-get install firefox-esr) or set FIREFOX_PATH.');
  return path;
}

/**
 * Installs the Debian packages the tests and the run command need, when they are missing:
 * chromium, firefox-esr, openssl (fixture certificate), xvfb/xauth (headed run without a screen),
 * fonts for the scripts the panel shows. Uses sudo when not root.
 * @param {{ firefox?: boolean, xvfb?: boolean }} [what]
 */
export function ensureSystemPackages(what = {}) {
  /** @type {string[]} */
  const wanted = [];
  if (!findChromium()) wanted.push('chromium');
  if (what.firefox !== false && !findFirefox()) wanted.push('firefox-esr');
  if (!which(['openssl'])) wanted.push('openssl');
  if (what.xvfb && !which(['Xvfb'])) wanted.push('xvfb', 'xauth');
  if (!existsSync('/usr/share/fonts/truetype/noto')) wanted.push('fonts-noto-core');
  // Chinese characters (zh-Hans); Repère ships no CJK font: the systems of Chinese readers have one.
  if (!existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')) wanted.push('fonts-noto-cjk');
  if (wanted.length === 0) return;
  if (!which(['apt-get'])) {
    throw new Error(`Missing system packages (${wanted.join(', ')}) and no apt-get here: install them by hand.`);
  }
  const [cmd, ...prefix] = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', 'apt-get'];
  console.log(`Installing system packages: ${wanted.join(' ')} …`);
  const options = { stdio: /** @type {const} */ ('inherit'), env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync(cmd, [...prefix, 'update', '-qq'], options);
  execFileSync(cmd, [...prefix, 'install', '-y', '-qq', ...wanted], options);
}
