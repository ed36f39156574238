import { describe, expect, it } from 'vitest';
import { AVAILABLE_LANGUAGES, LANGUAGES, languageInfo, pickLanguage } from '../../../utils/i18n/languages.ts';

describe('languages table', () => {
  it('has unique codes and autonyms, and a direction for each', () => {
    const codes = LANGUAGES.map((language) => language.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(LANGUAGES.map((language) => language.autonym)).size).toBe(LANGUAGES.length);
    for (const language of LANGUAGES) {
      expect(language.autonym.trim()).not.toBe('');
      expect(['ltr', 'rtl']).toContain(language.dir);
    }
  });

  it('covers the twelve languages and easy-read French', () => {
    expect(LANGUAGES.map((language) => language.code).sort()).toEqual(
      ['ar', 'bn', 'en', 'es', 'fa-AF', 'fr', 'fr-FALC', 'ps', 'ru', 'ti', 'tr', 'uk', 'zh-Hans'].sort(),
    );
  });

  it('writes Arabic, Dari and Pashto right to left, the others left to right', () => {
    const rtl = LANGUAGES.filter((language) => language.dir === 'rtl').map((language) => language.code);
    expect(rtl.sort()).toEqual(['ar', 'fa-AF', 'ps']);
  });

  it('uses BCP 47 tags that Intl accepts in lang attributes', () => {
    for (const language of LANGUAGES) {
      expect(() => new Intl.Locale(language.htmlLang)).not.toThrow();
    }
  });

  it('knows which languages have no Intl date data (facts §2.3)', () => {
    expect(languageInfo('ps').intlDates).toBe(false);
    expect(languageInfo('ti').intlDates).toBe(false);
    expect(languageInfo('ps').dateFns).toBeNull();
  });

  it('ships French first', () => {
    expect(AVAILABLE_LANGUAGES[0]?.code).toBe('fr');
  });
});

describe('pickLanguage', () => {
  it('picks a shipped language from the browser languages, in order', () => {
    expect(pickLanguage(['ar-MA', 'fr'])).toBe('ar');
    expect(pickLanguage(['en-US'])).toBe('en');
    expect(pickLanguage(['de-DE', 'en-GB'])).toBe('en');
  });

  it('falls back to French', () => {
    expect(pickLanguage([])).toBe('fr');
    expect(pickLanguage(['de', 'it'])).toBe('fr');
  });

  it('never picks easy-read French from a browser language', () => {
    expect(pickLanguage(['fr-CA'])).toBe('fr');
  });

  it('gives unknown codes the French table row', () => {
    expect(languageInfo('xx').code).toBe('fr');
    expect(languageInfo(undefined).code).toBe('fr');
  });
});
