/**
 * Permissions and manifest audit (no browser needed): both builds ask for exactly the permissions
 * the code uses, host access only to the ANEF portal, no <all_urls>, the MV3 default CSP, no
 * remote code, and web-ext lint has 0 errors with only React's documented innerHTML warnings.
 * Runs on the builds in .output/ (npm test builds them before the e2e suites).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');
const PORTAL = 'https://administration-etrangers-en-france.interieur.gouv.fr/*';
const BUILDS = { chrome: resolve(ROOT, '.output/chrome-mv3'), firefox: resolve(ROOT, '.output/firefox-mv2') };

/** Extension APIs that need a manifest permission, and the permission. */
const API_PERMISSIONS: Record<string, string> = {
  alarms: 'alarms',
  notifications: 'notifications',
  scripting: 'scripting',
  storage: 'storage',
  idle: 'idle',
  downloads: 'downloads',
  contextMenus: 'contextMenus',
};

function files(dir: string, match: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, match));
    else if (match.test(name)) out.push(path);
  }
  return out;
}

/** Permissions the source code needs, found from its uses of extension APIs. */
function permissionsUsedBySource(): string[] {
  const used = new Set<string>();
  for (const dir of ['entrypoints', 'components', 'utils']) {
    for (const file of files(resolve(ROOT, dir), /\.(ts|tsx)$/)) {
      const source = readFileSync(file, 'utf8');
      for (const [api, permission] of Object.entries(API_PERMISSIONS)) {
        if (new RegExp(`\\b(browser|chrome)\\.${api}\\b`).test(source)) used.add(permission);
      }
      // WXT's storage helper (utils/storage/) calls browser.storage underneath.
      if (/\bstorage\.(defineItem|getItem|setItem|removeItem|setMeta)\(/.test(source)) used.add('storage');
      // A photo of the visible tab needs activeTab (granted by a click on the toolbar icon).
      if (/\b(browser|chrome)\.tabs\.captureVisibleTab\b/.test(source)) used.add('activeTab');
      // Writing to the clipboard outside a click (clearing it after 15 s) needs clipboardWrite.
      if (/navigator\.clipboard\.write(Text)?\(|execCommand\('copy'\)/.test(source)) used.add('clipboardWrite');
      // Reading the clipboard (to clear only what we copied) needs clipboardRead.
      if (/navigator\.clipboard\.read(Text)?\(|execCommand\('paste'\)/.test(source)) used.add('clipboardRead');
    }
  }
  return [...used].sort();
}

function manifest(build: keyof typeof BUILDS): Record<string, unknown> {
  return JSON.parse(readFileSync(join(BUILDS[build], 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

test('the Chrome manifest asks for exactly the permissions the code uses, and the ANEF portal only', () => {
  const m = manifest('chrome');
  expect([...(m.permissions as string[])].sort()).toEqual(permissionsUsedBySource());
  expect(m.host_permissions).toEqual([PORTAL]);
  expect(m.optional_permissions ?? []).toEqual([]);
  const scripts = m.content_scripts as { matches: string[]; all_frames?: boolean }[];
  expect(scripts.flatMap((script) => script.matches)).toEqual([PORTAL]);
  expect(JSON.stringify(m)).not.toContain('<all_urls>');
  expect(JSON.stringify(m)).not.toMatch(/\*:\/\/\*\//);
  expect(m.content_security_policy).toBeUndefined();
  expect(m.externally_connectable).toBeUndefined();
  // Nothing of ours is exposed to web pages but the script fonts, and to the ANEF portal only
  // (the panel's Pashto/Tigrinya text is drawn with them: fonts of a shadow root load from the page).
  expect(m.web_accessible_resources ?? []).toEqual([{ resources: ['fonts/*.woff2'], matches: [PORTAL] }]);
});

test('the Firefox manifest asks for the same, declares its id and that it collects no data', () => {
  const m = manifest('firefox');
  const permissions = m.permissions as string[];
  expect(permissions.filter((p) => p !== PORTAL).sort()).toEqual(permissionsUsedBySource());
  expect(permissions).toContain(PORTAL);
  expect(JSON.stringify(m)).not.toContain('<all_urls>');
  expect(m.content_security_policy).toBeUndefined();
  const gecko = (m.browser_specific_settings as { gecko: { id: string; data_collection_permissions: { required: string[] } } }).gecko;
  expect(gecko.id).toMatch(/@/);
  expect(gecko.data_collection_permissions.required).toEqual(['none']);
});

test('no remote code: the built code loads nothing from the network and never evaluates strings', () => {
  for (const build of Object.values(BUILDS)) {
    for (const file of files(build, /\.(js|html|css)$/)) {
      const text = readFileSync(file, 'utf8');
      const where = relative(ROOT, file);
      expect(text, where).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, where).not.toMatch(/import\(\s*["']https?:/);
      expect(text, where).not.toMatch(/@import\s+url\(["']?https?:/);
      expect(text, where).not.toMatch(/url\(["']?https?:\/\/[^)]*\.(woff2?|ttf|otf)/);
      expect(text, where).not.toMatch(/\bnew Function\(|\beval\(/);
    }
  }
});

test('web-ext lint: 0 errors, and only the innerHTML warnings that come from React DOM', () => {
  let output: string;
  try {
    output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', BUILDS.firefox, '--output', 'json', '--no-input'], { cwd: ROOT, encoding: 'utf8' });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(output) as { errors: unknown[]; warnings: { code: string; file: string }[] };
  expect(report.errors).toEqual([]);
  for (const warning of report.warnings) {
    expect(warning.code, JSON.stringify(warning)).toBe('UNSAFE_VAR_ASSIGNMENT');
    // React DOM's own innerHTML paths (dangerouslySetInnerHTML support, SVG in old browsers).
    expect(readFileSync(join(BUILDS.firefox, warning.file), 'utf8'), warning.file).toContain('dangerouslySetInnerHTML');
  }
});
