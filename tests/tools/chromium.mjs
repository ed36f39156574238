// @ts-check
/**
 * Launching Debian's Chromium with the built extension, as verified in facts/toolchain.md:
 * --load-extension still works on Debian's build; headless (new) loads MV3 extensions; the
 * fixture host names are mapped with --host-resolver-rules (no quotes inside the flag!); the
 * background-networking flags keep Chromium from calling home on this closed network.
 * Used by the e2e fixtures, the run command and the benchmark.
 */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { hostResolverRules } from '../fixtures/server.mjs';
import { chromiumPath } from './browsers.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');

/**
 * @param {{ userDataDir: string, fixturePort: number, extensionDir?: string | null,
 *           headless?: boolean, viewport?: { width: number, height: number } | null,
 *           locale?: string, extraArgs?: string[], proxyPort?: number,
 *           env?: Record<string, string> }} options
 *   extensionDir: null launches without any extension (benchmark baseline).
 *   proxyPort: send every request through the recording CONNECT proxy (privacy proof) instead of
 *   mapping the host names.
 *   env: extra environment for the browser (e.g. DISPLAY of an Xvfb server for a headed run).
 */
export async function launchChromium(options) {
  const extensionDir = options.extensionDir === undefined ? CHROME_BUILD : options.extensionDir;
  const args = [
    options.proxyPort
      ? `--proxy-server=http://127.0.0.1:${options.proxyPort}`
      : hostResolverRules(options.fixturePort),
    // With a proxy, let nothing bypass it (Chromium bypasses loopback by default).
    ...(options.proxyPort ? ['--proxy-bypass-list=<-loopback>'] : []),
    '--ignore-certificate-errors',
    // The browser's own language: pages the extension opens itself (tabs.create) are not emulated
    // by Playwright's `locale`, so without it they would speak the machine's language.
    `--lang=${options.locale ?? 'fr-FR'}`,
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ...(options.extraArgs ?? []),
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return chromium.launchPersistentContext(options.userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    ignoreHTTPSErrors: true,
    locale: options.locale ?? 'fr-FR',
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    args,
  });
}
