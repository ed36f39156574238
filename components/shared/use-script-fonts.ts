/** Declares the script fonts of the shown language on the current document (utils/i18n/fonts.ts). */
import { browser } from '#imports';
import { useEffect } from 'react';
import { declareScriptFonts } from '../../utils/i18n/fonts.ts';
import { languageInfo } from '../../utils/i18n/languages.ts';

/** Declares the fonts of the shown language on the current document when it needs them. */
export function useScriptFonts(language: string): void {
  const font = languageInfo(language).font;
  useEffect(() => {
    if (!font || typeof document === 'undefined') return;
    declareScriptFonts(document, font, (path) => browser.runtime.getURL(path as '/'));
  }, [font]);
}
