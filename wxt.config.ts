/**
 * WXT configuration for Repère.
 *
 * - `imports: false`: every dependency is imported explicitly (style rule 15), WXT APIs from
 *   `#imports`.
 * - The manifest is localised through `public/_locales/<lang>/messages.json` (name, description,
 *   action title only); the UI itself uses i18next with the packs in `locales/` (style rule 11).
 * - `locales/<lang>/<namespace>.json` are copied to `i18n/<lang>/<namespace>.json` in the build so
 *   that every context can load only the language it shows (see `utils/i18n/`).
 * - rem units in our CSS are turned into px at build time: inside the shadow root on ANEF, `rem`
 *   would follow ANEF's own `<html>` font size (WXT FAQ, "rem" in content script UIs).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import remToPx from 'postcss-rem-to-responsive-pixel';
import { defineConfig } from 'wxt';

const ROOT = import.meta.dirname;
const LOCALES_DIR = resolve(ROOT, 'locales');

/** Every `locales/<lang>/<ns>.json`, mapped to `i18n/<lang>/<ns>.json` in the output. */
function localePackFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const files: { absoluteSrc: string; relativeDest: string }[] = [];
  for (const lang of readdirSync(LOCALES_DIR, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    for (const file of readdirSync(join(LOCALES_DIR, lang.name))) {
      if (!file.endsWith('.json')) continue;
      files.push({
        absoluteSrc: join(LOCALES_DIR, lang.name, file),
        relativeDest: `i18n/${lang.name}/${file}`,
      });
    }
  }
  return files;
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localePackFiles());
    },
  },
  vite: () => ({
    css: {
      postcss: {
        plugins: [remToPx({ rootValue: 16, propList: ['*'], transformUnit: 'px' })],
      },
    },
  }),
  zip: {
    // Tests, fixtures and tooling are not part of the sources reviewers need to rebuild the add-on.
    excludeSources: ['tests/**', '.ci/**', '.output/**', '.wxt/**', 'test-results/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // scripting: inject the panel into ANEF tabs after they loaded (entrypoints/anef.content/).
    // idle + alarms: auto-lock after inactivity and at once when the screen locks, 30-second
    // warning (entrypoints/background/session.ts). clipboardRead + clipboardWrite: clear a value
    // Repère copied after 15 s, only if the clipboard still holds it (utils/privacy/clipboard.ts).
    permissions: ['storage', 'scripting', 'idle', 'alarms', 'clipboardRead', 'clipboardWrite'],
    host_permissions: ['https://administration-etrangers-en-france.interieur.gouv.fr/*'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'repere@repere-anef.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142 or later.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
