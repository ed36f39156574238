/**
 * The languages of Repère: one table, the only place that knows a language's code, autonym,
 * direction, date handling and speech voice (style rule 10; facts/users-languages.md §2.3).
 *
 * - `code` is the i18next language and the folder name under `locales/`.
 * - `htmlLang` goes into `lang` attributes (the easy-read French is still French); `intl` is the
 *   locale given to `Intl` for dates.
 * - `dir` comes from this table, never from `Intl.Locale.textInfo` (not in every browser).
 * - `dateFns` names the date-fns locale where one exists; `intlDates` says whether the browser's
 *   `Intl` really has data for it (tested in Chromium 156: ps, ti fall back to the default
 *   locale). Without either, month names come from the language pack (`dates.months`).
 * - `speech` is the prefix matched against `SpeechSynthesisVoice.lang` (null = never speak).
 * - `font`: the script font Repère ships for it (components/shared/script-fonts.ts), declared
 *   only while such a language is shown: 'arabic' puts Noto Naskh Arabic first (Pashto letters
 *   ټ ډ ړ ښ ږ ګ ڼ ې ۍ are missing from many system fonts), 'arabic-fallback' keeps the system's
 *   Arabic font first and ours after it, 'ethiopic' puts Noto Sans Ethiopic first (Tigrinya).
 * - `packs`: the language pack is shipped (tests/meta checks this against `locales/`).
 */

export const LANGUAGES = [
  { code: 'fr', intl: 'fr-FR', htmlLang: 'fr', autonym: 'Français', dir: 'ltr', dateFns: 'fr', intlDates: true, speech: 'fr', font: null, packs: true },
  { code: 'fr-FALC', intl: 'fr-FR', htmlLang: 'fr', autonym: 'Français facile', dir: 'ltr', dateFns: 'fr', intlDates: true, speech: 'fr', font: null, packs: true },
  { code: 'ar', intl: 'ar', htmlLang: 'ar', autonym: 'العربية', dir: 'rtl', dateFns: 'ar', intlDates: true, speech: 'ar', font: 'arabic-fallback', packs: true },
  { code: 'en', intl: 'en-GB', htmlLang: 'en', autonym: 'English', dir: 'ltr', dateFns: 'en-GB', intlDates: true, speech: 'en', font: null, packs: true },
  { code: 'fa-AF', intl: 'fa-AF', htmlLang: 'fa-AF', autonym: 'دری', dir: 'rtl', dateFns: 'fa-IR', intlDates: true, speech: 'fa', font: 'arabic-fallback', packs: true },
  { code: 'ps', intl: 'ps', htmlLang: 'ps', autonym: 'پښتو', dir: 'rtl', dateFns: null, intlDates: false, speech: 'ps', font: 'arabic', packs: true },
  { code: 'uk', intl: 'uk', htmlLang: 'uk', autonym: 'Українська', dir: 'ltr', dateFns: 'uk', intlDates: true, speech: 'uk', font: null, packs: true },
  { code: 'ru', intl: 'ru', htmlLang: 'ru', autonym: 'Русский', dir: 'ltr', dateFns: 'ru', intlDates: true, speech: 'ru', font: null, packs: true },
  { code: 'ti', intl: 'ti', htmlLang: 'ti', autonym: 'ትግርኛ', dir: 'ltr', dateFns: null, intlDates: false, speech: 'ti', font: 'ethiopic', packs: true },
  { code: 'bn', intl: 'bn', htmlLang: 'bn', autonym: 'বাংলা', dir: 'ltr', dateFns: 'bn', intlDates: true, speech: 'bn', font: null, packs: true },
  { code: 'tr', intl: 'tr', htmlLang: 'tr', autonym: 'Türkçe', dir: 'ltr', dateFns: 'tr', intlDates: true, speech: 'tr', font: null, packs: true },
  { code: 'zh-Hans', intl: 'zh-Hans', htmlLang: 'zh-Hans', autonym: '中文（简体）', dir: 'ltr', dateFns: 'zh-CN', intlDates: true, speech: 'zh', font: null, packs: true },
  { code: 'es', intl: 'es', htmlLang: 'es', autonym: 'Español', dir: 'ltr', dateFns: 'es', intlDates: true, speech: 'es', font: null, packs: true },
] as const satisfies readonly LanguageInfo[];

export interface LanguageInfo {
  code: string;
  /** Locale given to Intl for dates and numbers (English as written in the UK, closest to France). */
  intl: string;
  htmlLang: string;
  autonym: string;
  dir: 'ltr' | 'rtl';
  dateFns: string | null;
  intlDates: boolean;
  speech: string | null;
  font: ScriptFont | null;
  packs: boolean;
}

/** Script fonts shipped in the package (public/fonts/, OFL). */
export type ScriptFont = 'arabic' | 'arabic-fallback' | 'ethiopic';

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** French is the source language and the fallback of every other pack. */
export const SOURCE_LANGUAGE: LanguageCode = 'fr';

export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code) as [LanguageCode, ...LanguageCode[]];

/** Languages whose packs ship, in the order the picker lists them. */
export const AVAILABLE_LANGUAGES: readonly LanguageInfo[] = LANGUAGES.filter((language) => language.packs);

/**
 * The table row of a language (French for anything unknown). Case does not matter: i18next keeps
 * language codes in their canonical BCP 47 form, which writes our 'fr-FALC' as 'fr-Falc'.
 */
export function languageInfo(code: string | null | undefined): LanguageInfo {
  return LANGUAGES.find((language) => language.code.toLowerCase() === code?.toLowerCase()) ?? LANGUAGES[0];
}

/** Our code for a language code written in any case, or undefined when it is not ours. */
export function languageCode(code: string | null | undefined): LanguageCode | undefined {
  return LANGUAGES.find((language) => language.code.toLowerCase() === code?.toLowerCase())?.code;
}

/** The canonical BCP 47 form of our codes, the one i18next uses internally ('fr-FALC' → 'fr-Falc'). */
export function canonicalCode(code: LanguageCode): string {
  try {
    return Intl.getCanonicalLocales(code)[0] ?? code;
  } catch {
    return code;
  }
}

/**
 * The shipped language that best fits a list of browser languages (`navigator.languages`),
 * French when none fits (facts/users-languages.md §4: first run "in the browser's language,
 * falling back to French").
 */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
  for (const wanted of preferred) {
    const lower = wanted.toLowerCase();
    const base = lower.split('-')[0] ?? lower;
    const candidates = [lower, BASE_ALIASES[base] ?? base];
    const found = AVAILABLE_LANGUAGES.find((language) => candidates.includes(language.code.toLowerCase()));
    if (found) return found.code as LanguageCode;
  }
  return SOURCE_LANGUAGE;
}

/** Browser language bases that our packs serve under another code. */
const BASE_ALIASES: Record<string, string> = {
  // Dari is written fa-AF; Chromium reports `prs` for it, and Persian readers understand it.
  prs: 'fa-af',
  fa: 'fa-af',
  // Our Chinese pack is simplified Chinese.
  zh: 'zh-hans',
};
