/**
 * Script fonts: Pashto and Tigrinya get a shipped font (OFL), declared once per document, only for
 * the languages that need it, with files and licences that exist where the build copies them from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declareScriptFonts, FONT_WEIGHTS, fontFaceCss, fontFile, SCRIPT_FONTS, scriptsFor } from '../../../utils/i18n/fonts.ts';
import { LANGUAGES, languageInfo } from '../../../utils/i18n/languages.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const getURL = (path: string) => `chrome-extension://test${path}`;

describe('script fonts', () => {
  it('go to the languages whose letters system fonts may lack', () => {
    expect(languageInfo('ps').font).toBe('arabic');
    expect(languageInfo('ti').font).toBe('ethiopic');
    expect(scriptsFor(languageInfo('ar').font)).toEqual(['arabic']);
    for (const language of LANGUAGES.filter((info) => info.dir === 'ltr' && info.code !== 'ti')) expect(language.font, language.code).toBeNull();
  });

  it('ship only the needed subset and weights, as woff2, with the OFL licence', () => {
    for (const [script, font] of Object.entries(SCRIPT_FONTS)) {
      const dir = resolve(ROOT, 'node_modules', font.package);
      for (const weight of FONT_WEIGHTS) {
        const file = fontFile(script as keyof typeof SCRIPT_FONTS, weight);
        expect(file).toMatch(new RegExp(`^fonts/${font.prefix}-${weight}-normal\\.woff2$`));
        expect(existsSync(resolve(dir, 'files', file.slice('fonts/'.length))), file).toBe(true);
      }
      expect(readFileSync(resolve(dir, 'LICENSE'), 'utf8')).toContain('SIL Open Font License');
    }
  });

  it('cover the Pashto letters and the Ethiopic block', () => {
    const covers = (range: string, char: string) => range.split(',').some((part) => {
      const [from, to] = part.trim().replace(/^U\+/, '').split('-').map((hex) => parseInt(hex, 16));
      const code = char.codePointAt(0)!;
      return code >= from! && code <= (to ?? from)!;
    });
    for (const letter of 'ټډړښږګڼېۍ') expect(covers(SCRIPT_FONTS.arabic.unicodeRange, letter), letter).toBe(true);
    for (const letter of 'ትግርኛ') expect(covers(SCRIPT_FONTS.ethiopic.unicodeRange, letter), letter).toBe(true);
    expect(covers(SCRIPT_FONTS.arabic.unicodeRange, 'a')).toBe(false);
  });

  it('declare faces with the package URL, our own family name and the script range', () => {
    const css = fontFaceCss('arabic', getURL);
    expect(css).toContain("font-family: 'Repere Noto Naskh Arabic'");
    expect(css).toContain("url('chrome-extension://test/fonts/noto-naskh-arabic-arabic-400-normal.woff2')");
    expect(css).toContain('unicode-range: U+0600-06FF');
    expect(css.match(/@font-face/g)).toHaveLength(FONT_WEIGHTS.length);
  });

  it('are declared once per document, and not at all for French', () => {
    const doc = document.implementation.createHTMLDocument('page');
    declareScriptFonts(doc, languageInfo('fr').font, getURL);
    expect(doc.querySelectorAll('style[data-repere-fonts]')).toHaveLength(0);
    declareScriptFonts(doc, languageInfo('ps').font, getURL);
    declareScriptFonts(doc, languageInfo('ar').font, getURL);
    declareScriptFonts(doc, languageInfo('ti').font, getURL);
    expect([...doc.querySelectorAll('style[data-repere-fonts]')].map((style) => style.getAttribute('data-repere-fonts'))).toEqual(['arabic', 'ethiopic']);
  });
});
