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
 * - `packs`: the language pack is shipped (tests/meta checks this against `locales/`).
 */

export const LANGUAGES = [
  { code: 'fr', intl: 'fr-FR', htmlLang: 'fr', autonym: 'Français', dir: 'ltr', dateFns: 'fr', intlDates: true, speech: 'fr', packs: true },
  { code: 'fr-FALC', intl: 'fr-FR', htmlLang: 'fr', autonym: 'Français facile', dir: 'ltr', dateFns: 'fr', intlDates: true, speech: 'fr', packs: false },
  { code: 'ar', intl: 'ar', htmlLang: 'ar', autonym: 'العربية', dir: 'rtl', dateFns: 'ar', intlDates: true, speech: 'ar', packs: true },
  { code: 'en', intl: 'en-GB', htmlLang: 'en', autonym: 'English', dir: 'ltr', dateFns: 'en-GB', intlDates: true, speech: 'en', packs: true },
  { code: 'fa-AF', intl: 'fa-AF', htmlLang: 'fa-AF', autonym: 'دری', dir: 'rtl', dateFns: 'fa-IR', intlDates: true, speech: 'fa', packs: false },
  { code: 'ps', intl: 'ps', htmlLang: 'ps', autonym: 'پښتو', dir: 'rtl', dateFns: null, intlDates: false, speech: 'ps', packs: false },
  { code: 'uk', intl: 'uk', htmlLang: 'uk', autonym: 'Українська', dir: 'ltr', dateFns: 'uk', intlDates: true, speech: 'uk', packs: false },
  { code: 'ru', intl: 'ru', htmlLang: 'ru', autonym: 'Русский', dir: 'ltr', dateFns: 'ru', intlDates: true, speech: 'ru', packs: false },
  { code: 'ti', intl: 'ti', htmlLang: 'ti', autonym: 'ትግርኛ', dir: 'ltr', dateFns: null, intlDates: false, speech: 'ti', packs: false },
  { code: 'bn', intl: 'bn', htmlLang: 'bn', autonym: 'বাংলা', dir: 'ltr', dateFns: 'bn', intlDates: true, speech: 'bn', packs: false },
  { code: 'tr', intl: 'tr', htmlLang: 'tr', autonym: 'Türkçe', dir: 'ltr', dateFns: 'tr', intlDates: true, speech: 'tr', packs: false },
  { code: 'zh-Hans', intl: 'zh-Hans', htmlLang: 'zh-Hans', autonym: '中文（简体）', dir: 'ltr', dateFns: 'zh-CN', intlDates: true, speech: 'zh', packs: false },
  { code: 'es', intl: 'es', htmlLang: 'es', autonym: 'Español', dir: 'ltr', dateFns: 'es', intlDates: true, speech: 'es', packs: false },
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
  packs: boolean;
}

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** French is the source language and the fallback of every other pack. */
export const SOURCE_LANGUAGE: LanguageCode = 'fr';

export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code) as [LanguageCode, ...LanguageCode[]];

/** Languages whose packs ship, in the order the picker lists them. */
export const AVAILABLE_LANGUAGES: readonly LanguageInfo[] = LANGUAGES.filter((language) => language.packs);

/** The table row of a language (French for anything unknown). */
export function languageInfo(code: string | null | undefined): LanguageInfo {
  return LANGUAGES.find((language) => language.code === code) ?? LANGUAGES[0];
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
