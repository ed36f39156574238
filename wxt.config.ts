/**
 * WXT configuration for Repère.
 *
 * - `imports: false`: every dependency is imported explicitly (style rule 15), WXT APIs from
 *   `#imports`.
 * - The manifest is localised through `public/_locales/<lang>/messages.json` (name, description,
 *   action title only); the UI itself uses i18next with the packs in `locales/` (style rule 11).
 * - `locales/<lang>/<namespace>.json` are copied to `i18n/<lang>/<namespace>.json` in the build so
 *   that every context can load only the language it shows (see `utils/i18n/`).
 * - the script fonts for Pashto and Tigrinya (utils/i18n/fonts.ts) are copied to `fonts/` with
 *   their licences, and are web accessible on the ANEF host only: `@font-face` rules must be
 *   declared on ANEF's document for the panel's shadow root to use them.
 * - rem units in our CSS are turned into px at build time: inside the shadow root on ANEF, `rem`
 *   would follow ANEF's own `<html>` font size (WXT FAQ, "rem" in content script UIs).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import remToPx from 'postcss-rem-to-responsive-pixel';
import { defineConfig } from 'wxt';
import { FONT_WEIGHTS, fontFile, SCRIPT_FONTS } from './utils/i18n/fonts.ts';
import { PORTAL_MATCH } from './utils/site/selectors.ts';

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

/**
 * The script fonts (utils/i18n/fonts.ts): the needed subset and weights from @fontsource, and
 * each font's SIL Open Font License next to it, copied to `fonts/`.
 */
function fontFiles(): { absoluteSrc: string; relativeDest: string }[] {
  return Object.entries(SCRIPT_FONTS).flatMap(([script, font]) => {
    const dir = resolve(ROOT, 'node_modules', font.package);
    return [
      ...FONT_WEIGHTS.map((weight) => {
        const dest = fontFile(script as keyof typeof SCRIPT_FONTS, weight);
        return { absoluteSrc: join(dir, 'files', dest.slice('fonts/'.length)), relativeDest: dest };
      }),
      { absoluteSrc: join(dir, 'LICENSE'), relativeDest: `fonts/OFL-${font.package.split('/')[1]}.txt` },
    ];
  });
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localePackFiles(), ...fontFiles());
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
    // alarms: reminders rebuilt at every start; notifications: reminder notifications (utils/reminders/).
    // activeTab: a photo of the ANEF tab for the incident journal (tabs.captureVisibleTab) after
    // the person clicks Repère's toolbar icon. The host permission for the ANEF site (needed to inject
    // the panel) does not allow that capture in Chromium (only <all_urls> would, which Repère does not ask for).
    // idle (+ alarms): auto-lock after inactivity and at once when the screen locks, 30-second
    // warning (entrypoints/background/session.ts). clipboardRead + clipboardWrite: clear a value
    // Repère copied after 15 s, only if the clipboard still holds it (utils/privacy/clipboard.ts).
    permissions: ['storage', 'scripting', 'idle', 'alarms', 'notifications', 'activeTab', 'clipboardRead', 'clipboardWrite'],
    host_permissions: ['https://administration-etrangers-en-france.interieur.gouv.fr/*'],
    action: { default_title: '__MSG_actionTitle__' },
    web_accessible_resources: [{ resources: ['fonts/*.woff2'], matches: [PORTAL_MATCH] }],
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
