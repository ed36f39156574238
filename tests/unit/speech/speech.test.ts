/**
 * Read-aloud choices with fake voices: only a voice of the shown language, the best one first,
 * never a voice of another language; help texts cut into one sentence per utterance.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../utils/i18n/languages.ts';
import { MAX_UTTERANCE_CHARS, pickVoice, splitForSpeech, voiceSpeaks, type VoiceLike } from '../../../utils/speech/speech.ts';

const voice = (lang: string, name = lang, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  lang, name, localService: false, default: false, ...extra,
});

/** A typical Chrome-on-Windows list: no Pashto, no Tigrinya, no Dari, English default. */
const WINDOWS_CHROME = [
  voice('en-US', 'Microsoft David', { localService: true, default: true }),
  voice('fr-FR', 'Microsoft Hortense', { localService: true }),
  voice('ar-SA', 'Microsoft Naayf', { localService: true }),
  voice('ru-RU', 'Microsoft Irina', { localService: true }),
  voice('tr-TR', 'Microsoft Tolga', { localService: true }),
  voice('es-ES', 'Google español'),
  voice('zh-HK', 'Google 粤語（香港）'),
  voice('zh-CN', 'Google 普通话（中国大陆）'),
  voice('fr-CA', 'Google français canadien'),
];

describe('choosing a voice', () => {
  it('never reads a language with another language\'s voice', () => {
    for (const code of ['ps', 'ti', 'fa-AF', 'uk', 'bn']) {
      expect(pickVoice(WINDOWS_CHROME, code), code).toBeUndefined();
    }
  });

  it('finds a voice by language prefix on a subtag boundary', () => {
    expect(pickVoice(WINDOWS_CHROME, 'ar')?.name).toBe('Microsoft Naayf');
    expect(pickVoice(WINDOWS_CHROME, 'ru')?.name).toBe('Microsoft Irina');
    expect(voiceSpeaks(voice('fr-FR'), 'fr')).toBe(true);
    expect(voiceSpeaks(voice('fr'), 'fr')).toBe(true);
    expect(voiceSpeaks(voice('fro'), 'fr')).toBe(false);
    expect(voiceSpeaks(voice('en_GB'), 'en')).toBe(true);
    expect(voiceSpeaks(voice('ps-AF'), 'ps')).toBe(true);
  });

  it('prefers the exact locale, then voices of this computer', () => {
    expect(pickVoice(WINDOWS_CHROME, 'fr')?.name).toBe('Microsoft Hortense');
    expect(pickVoice(WINDOWS_CHROME, 'fr-FALC')?.name).toBe('Microsoft Hortense');
    expect(pickVoice([voice('fr-CA', 'a', { localService: true }), voice('fr-FR', 'b')], 'fr')?.name).toBe('b');
    expect(pickVoice([voice('en-US', 'us'), voice('en-GB', 'gb')], 'en')?.name).toBe('gb');
  });

  it('reads simplified Chinese with a Mandarin voice, never a Cantonese one', () => {
    expect(pickVoice(WINDOWS_CHROME, 'zh-Hans')?.lang).toBe('zh-CN');
    expect(pickVoice([voice('zh-HK'), voice('yue-HK')], 'zh-Hans')).toBeUndefined();
  });

  it('speaks Dari with a Persian voice when one exists', () => {
    expect(pickVoice([voice('fa-IR', 'Dilara')], 'fa-AF')?.name).toBe('Dilara');
  });

  it('has no voice at all when the browser lists none (headless, Firefox without voices)', () => {
    for (const language of LANGUAGES) expect(pickVoice([], language.code)).toBeUndefined();
  });
});

describe('cutting help into utterances', () => {
  it('speaks one sentence at a time', () => {
    expect(splitForSpeech('Notez la date. Faites une capture d\'écran ! Réessayez ? Oui.')).toEqual([
      'Notez la date.', 'Faites une capture d\'écran !', 'Réessayez ?', 'Oui.',
    ]);
  });

  it('knows the sentence ends of our scripts', () => {
    expect(splitForSpeech('اكتب التاريخ. هل تعرف؟ نعم.')).toEqual(['اكتب التاريخ.', 'هل تعرف؟', 'نعم.']);
    expect(splitForSpeech('ዕለት ጽሓፉ። ደጊምኩም ፈትኑ።')).toEqual(['ዕለት ጽሓፉ።', 'ደጊምኩም ፈትኑ።']);
    expect(splitForSpeech('তারিখ লিখুন। আবার চেষ্টা করুন।')).toEqual(['তারিখ লিখুন।', 'আবার চেষ্টা করুন।']);
    expect(splitForSpeech('记下日期。稍后再试！')).toEqual(['记下日期。', '稍后再试！']);
  });

  it('does not cut inside numbers, acronyms or phone numbers', () => {
    expect(splitForSpeech('Appelez le 0 806 001 620. Il coûte 2.5 euros.')).toEqual(['Appelez le 0 806 001 620.', 'Il coûte 2.5 euros.']);
  });

  it('cuts a long sentence at commas, so no utterance is too long for online voices', () => {
    const long = Array.from({ length: 12 }, (_, i) => `partie numéro ${i} de la phrase`).join(', ') + '.';
    const pieces = splitForSpeech(long);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARS);
    expect(pieces.join(' ')).toBe(long);
  });

  it('ignores blank text', () => {
    expect(splitForSpeech('  \n ')).toEqual([]);
  });
});
