/**
 * The root every Repère UI renders in: i18next, and `lang`/`dir` of the chosen language on its own
 * element (inside the shadow root on ANEF: CSS `all` does not reset direction, and ANEF's `<html>`
 * is never touched), or on the document element of an extension page.
 *
 * It follows the settings store: when the language changes anywhere, the pack is loaded, then the
 * text and the direction switch together. Pashto and Tigrinya also get their fonts declared
 * (./use-script-fonts.ts).
 */
import type { i18n as I18n } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { languageCode, languageInfo, type LanguageCode } from '../../utils/i18n/languages.ts';
import { effectiveLanguage, useSettingsStore } from '../../utils/state/settings-store.ts';
import { useScriptFonts } from './use-script-fonts.ts';

export interface LocalizedRootProps {
  i18n: I18n;
  children: ReactNode;
  /** Extension pages pass `document.documentElement`; the panel passes nothing. */
  documentElement?: HTMLElement;
  /** The browser's languages (navigator.languages), used until the person chooses. */
  browserLanguages: readonly string[];
  className?: string;
}

export function LocalizedRoot({ i18n, children, documentElement, browserLanguages, className }: LocalizedRootProps) {
  const settings = useSettingsStore((state) => state.settings);
  const wanted = effectiveLanguage(settings, browserLanguages);
  // i18next writes codes in canonical form ('fr-Falc'): compare with our own codes.
  const [shown, setShown] = useState<LanguageCode>(languageCode(i18n.language) ?? wanted);

  useEffect(() => {
    if (wanted === languageCode(i18n.language)) {
      setShown(wanted);
      return;
    }
    let current = true;
    void i18n.changeLanguage(wanted).then(() => {
      if (current) setShown(wanted);
    });
    return () => {
      current = false;
    };
  }, [wanted, i18n]);

  const info = languageInfo(shown);
  useScriptFonts(shown);
  useEffect(() => {
    if (!documentElement) return;
    documentElement.lang = info.htmlLang;
    documentElement.dir = info.dir;
  }, [documentElement, info]);

  return (
    <I18nextProvider i18n={i18n}>
      <div className={['repere-root', className].filter(Boolean).join(' ')} lang={info.htmlLang} dir={info.dir}>
        {children}
      </div>
    </I18nextProvider>
  );
}
