/**
 * Read-aloud rules (facts/users-languages.md §3.4), pure so they can be tested with fake voices:
 *   - a voice is used only when its language matches ours (prefix of `speech` in the languages
 *     table, on a subtag boundary): never an English voice for Pashto;
 *   - one sentence per utterance, long sentences cut at commas, so that no utterance runs past
 *     Chrome's ~14 s cut-off for online voices;
 *   - a slow rate (Réfugiés.info uses 0.75; the facts advise 0.8–0.9).
 */
import { languageInfo } from '../i18n/languages.ts';

/** Speaking rate of every utterance. */
export const SPEECH_RATE = 0.85;

/** Longest piece spoken at once, in characters (about 10 s at our rate). */
export const MAX_UTTERANCE_CHARS = 160;

/** The part of SpeechSynthesisVoice the choice needs. */
export interface VoiceLike {
  lang: string;
  name: string;
  localService: boolean;
  default: boolean;
}

/**
 * Voices that read another spoken language under the same written code: a Cantonese voice
 * (zh-HK, yue) does not read Mandarin Chinese.
 */
const OTHER_SPOKEN_LANGUAGE: Record<string, readonly string[]> = {
  zh: ['zh-hk', 'yue'],
};

const normaliseTag = (tag: string) => tag.replace(/_/g, '-').toLowerCase();

/** Whether a voice speaks the given language (prefix on a subtag boundary). */
export function voiceSpeaks(voice: VoiceLike, prefix: string): boolean {
  const lang = normaliseTag(voice.lang);
  const wanted = normaliseTag(prefix);
  if (lang !== wanted && !lang.startsWith(`${wanted}-`)) return false;
  return !(OTHER_SPOKEN_LANGUAGE[wanted] ?? []).some((other) => lang === other || lang.startsWith(`${other}-`));
}

/**
 * The best voice for a language of our table, or undefined when none speaks it. Preference: the
 * exact locale we format for (fr-FR for French), then voices on this computer (no network), then
 * the system default, then the list order.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], language: string): V | undefined {
  const info = languageInfo(language);
  if (!info.speech) return undefined;
  const candidates = voices.filter((voice) => voiceSpeaks(voice, info.speech!));
  const exact = normaliseTag(info.intl);
  const score = (voice: V) =>
    (normaliseTag(voice.lang) === exact ? 4 : 0) + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
  return candidates
    .map((voice, index) => ({ voice, index, score: score(voice) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)[0]?.voice;
}

/** Sentence ends in our languages: Latin, Arabic ؟ and ۔, Bengali ।, Ethiopic ። ፧ ፨, Chinese 。！？ */
const SENTENCE_END = /([.!?؟۔।።፧፨]+["»”’)]*\s+|[。！？]+)/u;

/**
 * Cuts a help text into pieces to speak one by one: sentences, and long sentences at commas or
 * semicolons (Latin, Arabic ، ؛, Chinese ，；, Ethiopic ፣ ፤). Markup must already be removed.
 */
export function splitForSpeech(text: string, maxChars = MAX_UTTERANCE_CHARS): string[] {
  const sentences: string[] = [];
  let rest = text.replace(/\s+/g, ' ').trim();
  while (rest) {
    const match = SENTENCE_END.exec(rest);
    if (!match) {
      sentences.push(rest);
      break;
    }
    const end = match.index + match[0].length;
    sentences.push(rest.slice(0, end).trim());
    rest = rest.slice(end).trim();
  }
  return sentences.flatMap((sentence) => cutLong(sentence, maxChars)).filter(Boolean);
}

function cutLong(sentence: string, maxChars: number): string[] {
  if (sentence.length <= maxChars) return [sentence];
  const pieces: string[] = [];
  let current = '';
  for (const part of sentence.split(/(?<=[,;:،؛，；፣፤])\s*/u)) {
    if (current && current.length + part.length + 1 > maxChars) {
      pieces.push(current.trim());
      current = '';
    }
    current += (current ? ' ' : '') + part;
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}
