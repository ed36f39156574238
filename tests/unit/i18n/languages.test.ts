import { describe, expect, it } from 'vitest';
import { AVAILABLE_LANGUAGES, canonicalCode, languageCode, LANGUAGES, languageInfo, pickLanguage } from '../../../utils/i18n/languages.ts';
import { diskPack, testI18n } from '../../components/test-i18n.ts';

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

describe('loading every pack through i18next', () => {
  it('shows each language\'s own texts, easy-read French included (i18next writes it fr-Falc)', async () => {
    for (const language of LANGUAGES) {
      const i18n = await testI18n(language.code, ['pages']);
      const own = (diskPack(language.code, 'pages') as { youAreOn: string }).youAreOn;
      expect(i18n.t('pages:youAreOn'), language.code).toBe(own);
      expect(languageCode(i18n.language), language.code).toBe(language.code);
      expect(languageInfo(i18n.language).code).toBe(language.code);
    }
    const falc = await testI18n('fr-FALC', ['pages']);
    expect(falc.t('pages:kind.sejour-form.name')).toBe('le formulaire pour demander un titre de séjour');
  });

  it('knows our codes whatever their case, and nothing else', () => {
    expect(languageCode('fr-Falc')).toBe('fr-FALC');
    expect(languageCode('zh-hans')).toBe('zh-Hans');
    expect(languageCode('de')).toBeUndefined();
    expect(canonicalCode('fr-FALC')).toBe('fr-Falc');
  });
});
