/**
 * i18next set-up shared by every context (panel, popup, dashboard, printable pages).
 *
 * Packs live in `locales/<lang>/<namespace>.json` (one namespace per feature) and are copied to
 * `i18n/<lang>/<namespace>.json` in the build. Each context loads only the language it shows,
 * through a `PackLoader`: extension pages fetch their own packaged files; the content script asks
 * the background (content scripts cannot read extension files without exposing them to the page).
 * Packs are untrusted data: they are checked once, where they are read from the extension's files
 * (`fetchPackLoader`); anything that is not a tree of strings is refused and French is used.
 */
import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import * as v from 'valibot';
import { canonicalCode, LANGUAGE_CODES, languageCode, SOURCE_LANGUAGE, type LanguageCode } from './languages.ts';

/** Feature namespaces; each is a file `locales/<lang>/<namespace>.json`. */
export const NAMESPACES = ['common', 'meta', 'pages', 'overlay', 'popup', 'dashboard', 'practice', 'checklist', 'procedures', 'documents', 'failure', 'letter', 'glossary', 'fieldhelp', 'privacy'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export type Pack = { [key: string]: string | Pack };

export const PackSchema: v.GenericSchema<Pack> = v.lazy(() => v.record(v.string(), v.union([v.string(), PackSchema])));

/** Loads one namespace of one language; rejects when the pack is missing or malformed. */
export type PackLoader = (language: string, namespace: string) => Promise<Pack>;

/**
 * A loader for extension pages and the background: fetches the packaged file and checks it. The
 * panel's packs come through the background, which reads them with this loader.
 */
export function fetchPackLoader(getURL: (path: string) => string): PackLoader {
  return async (language, namespace) => {
    if (!isPackName(language, namespace)) throw new Error('unknown language pack');
    const response = await fetch(getURL(`/i18n/${language}/${namespace}.json`));
    if (!response.ok) throw new Error(`language pack missing (${response.status})`);
    const parsed = v.safeParse(PackSchema, await response.json());
    if (!parsed.success) throw new Error(`language pack ${language}/${namespace} is malformed`);
    return parsed.output;
  };
}

/** Only our own language codes and namespaces can be asked for (no path tricks). */
export function isPackName(language: string, namespace: string): boolean {
  return (LANGUAGE_CODES as readonly string[]).includes(language)
    && (/^[a-z][a-z-]{1,30}$/).test(namespace);
}

/**
 * Creates an i18next instance for one context and loads `language` (plus French as fallback
 * for keys a pack lacks). Resolves once the packs are there, so the first render has no raw keys.
 */
export async function createI18n(options: {
  language: LanguageCode;
  namespaces: readonly string[];
  loader: PackLoader;
}): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance
    // i18next asks for 'fr-Falc' (canonical form); the pack's folder is our own code, 'fr-FALC'.
    .use(resourcesToBackend((language: string, namespace: string) => options.loader(languageCode(language) ?? language, namespace)))
    .init({
      lng: options.language,
      fallbackLng: SOURCE_LANGUAGE,
      // In the canonical form i18next compares with ('fr-Falc'): else it would fall back to 'fr'.
      supportedLngs: LANGUAGE_CODES.map(canonicalCode),
      // 'fr-FALC' must load as itself, not as 'fr' + region.
      load: 'currentOnly',
      ns: options.namespaces,
      defaultNS: 'common',
      fallbackNS: 'common',
      interpolation: { escapeValue: false }, // React escapes; no HTML is ever built from strings
      returnNull: false,
      react: { useSuspense: false },
    });
  return instance;
}
