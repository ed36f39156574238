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
 *           locale?: string, extraArgs?: string[] }} options
 *   extensionDir: null launches without any extension (benchmark baseline).
 */
export async function launchChromium(options) {
  const extensionDir = options.extensionDir === undefined ? CHROME_BUILD : options.extensionDir;
  const args = [
    hostResolverRules(options.fixturePort),
    '--ignore-certificate-errors',
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
    args,
  });
}
