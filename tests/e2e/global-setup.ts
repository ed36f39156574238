import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Builds the Chrome extension once before the e2e run, unless the caller already did
 * (tests/run-all.mjs sets REPERE_SKIP_BUILD=1 after its own build step).
 */
export default function globalSetup(): void {
  const root = resolve(import.meta.dirname, '../..');
  if (process.env.REPERE_SKIP_BUILD === '1' && existsSync(resolve(root, '.output/chrome-mv3/manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
}
