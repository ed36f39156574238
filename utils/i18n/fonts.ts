/**
 * Fonts Repère ships so that Pashto letters (ټ ډ ړ ښ ږ ګ ڼ ې ۍ) and the Ethiopic script of
 * Tigrinya never show as boxes (facts/users-languages.md §2.3 "Fonts"): Noto Naskh Arabic and
 * Noto Sans Ethiopic from @fontsource (SIL Open Font License 1.1; licence files next to the fonts
 * in the package, fonts/OFL-*.txt), only their own script's subset, regular and bold, woff2.
 *
 * `@font-face` inside a shadow root is ignored by browsers, so the faces are declared once on the
 * document (ANEF's page for the panel, the extension page otherwise) and the files are web
 * accessible on the ANEF host only (wxt.config.ts). They are declared only while a language that
 * needs them is shown, and a file is downloaded only when text of its script is drawn
 * (`unicode-range`), so French or English pages load nothing. The family names are our own, so
 * neither ANEF's fonts nor ours are replaced. components/shared/tokens.css says which language
 * uses which family; the build copies the files and licences (wxt.config.ts), and
 * components/shared/use-script-fonts.ts declares them.
 */
import type { ScriptFont } from './languages.ts';

export type Script = 'arabic' | 'ethiopic';

export const SCRIPT_FONTS: Record<Script, { family: string; package: string; prefix: string; unicodeRange: string }> = {
  arabic: {
    family: 'Repere Noto Naskh Arabic',
    package: '@fontsource/noto-naskh-arabic',
    prefix: 'noto-naskh-arabic-arabic',
    // @fontsource/noto-naskh-arabic unicode.json, "arabic" subset.
    unicodeRange: 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC',
  },
  ethiopic: {
    family: 'Repere Noto Sans Ethiopic',
    package: '@fontsource/noto-sans-ethiopic',
    prefix: 'noto-sans-ethiopic-ethiopic',
    // @fontsource/noto-sans-ethiopic unicode.json, "ethiopic" subset.
    unicodeRange: 'U+030E, U+1200-1399, U+2D80-2DDE, U+AB01-AB2E',
  },
};

/** Weights shipped (600 for our buttons resolves to 700). */
export const FONT_WEIGHTS = [400, 700] as const;

/** Path of a shipped font file inside the package. */
export function fontFile(script: Script, weight: (typeof FONT_WEIGHTS)[number]): string {
  return `fonts/${SCRIPT_FONTS[script].prefix}-${weight}-normal.woff2`;
}

/** The scripts a language's font choice needs. */
export function scriptsFor(font: ScriptFont | null): Script[] {
  if (font === 'arabic' || font === 'arabic-fallback') return ['arabic'];
  if (font === 'ethiopic') return ['ethiopic'];
  return [];
}

/** The `@font-face` rules for a script, with the package's own URLs. */
export function fontFaceCss(script: Script, getURL: (path: string) => string): string {
  const font = SCRIPT_FONTS[script];
  return FONT_WEIGHTS.map((weight) => `@font-face {
  font-family: '${font.family}';
  font-style: normal;
  font-weight: ${weight};
  font-display: swap;
  src: url('${getURL(`/${fontFile(script, weight)}`)}') format('woff2');
  unicode-range: ${font.unicodeRange};
}`).join('\n');
}

const MARK = 'data-repere-fonts';

/** Declares the faces a language needs on a document, once per script. */
export function declareScriptFonts(doc: Document, font: ScriptFont | null, getURL: (path: string) => string): void {
  for (const script of scriptsFor(font)) {
    if (doc.querySelector(`style[${MARK}="${script}"]`)) continue;
    const style = doc.createElement('style');
    style.setAttribute(MARK, script);
    style.textContent = fontFaceCss(script, getURL);
    (doc.head ?? doc.documentElement).append(style);
  }
}
