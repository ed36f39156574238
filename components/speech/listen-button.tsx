/**
 * "Listen": reads a help text aloud with the browser's own voices (speechSynthesis), only when a
 * voice of the shown language exists on this computer (utils/speech/speech.ts chooses it). The
 * list of voices often arrives late (`voiceschanged`), so the button appears when it does.
 * Without a voice the button is not shown; `explainMissing` shows a short sentence instead.
 * Nothing is recorded; Chrome's online voices send the text (help text only, never personal
 * data) to the voice provider, which is why voices of this computer are preferred.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { pickVoice, splitForSpeech, SPEECH_RATE } from '../../utils/speech/speech.ts';
import { SpeakerIcon, StopIcon } from '../shared/icons.tsx';

type Synth = SpeechSynthesis;

function synth(): Synth | undefined {
  return typeof globalThis.speechSynthesis === 'object' && globalThis.speechSynthesis ? globalThis.speechSynthesis : undefined;
}

const NO_VOICES: SpeechSynthesisVoice[] = [];
let cachedVoices: SpeechSynthesisVoice[] = NO_VOICES;

function subscribe(onChange: () => void): () => void {
  const speech = synth();
  if (!speech) return () => {};
  const listener = () => onChange();
  speech.addEventListener?.('voiceschanged', listener);
  return () => speech.removeEventListener?.('voiceschanged', listener);
}

function voicesNow(): SpeechSynthesisVoice[] {
  const speech = synth();
  if (!speech) return NO_VOICES;
  const voices = speech.getVoices();
  // The same snapshot while the list is the same (React compares snapshots by identity); a copy,
  // because a browser may update the list it returned in place.
  if (voices.length !== cachedVoices.length || voices.some((voice, index) => voice !== cachedVoices[index])) cachedVoices = [...voices];
  return cachedVoices;
}

/** The voice for the shown language, if this computer has one (updates when voices arrive). */
export function useVoice(language: string): { available: boolean; voice?: SpeechSynthesisVoice } {
  const voices = useSyncExternalStore(subscribe, voicesNow, () => NO_VOICES);
  return { available: !!synth(), voice: pickVoice(voices, language) };
}

/** "No voice on this computer" once, where a list of help texts would otherwise repeat it. */
export function NoVoiceNote() {
  const { t, i18n } = useTranslation('common');
  const { available, voice } = useVoice(i18n.language);
  return available && !voice ? <p className="repere-listen__none">{t('listen.noVoice')}</p> : null;
}

export interface ListenButtonProps {
  /** The texts to read, in order, without markup. */
  texts: readonly string[];
  /** Say "no voice on this computer" instead of showing nothing. */
  explainMissing?: boolean;
}

export function ListenButton({ texts, explainMissing = false }: ListenButtonProps) {
  const { t, i18n } = useTranslation('common');
  const { available, voice } = useVoice(i18n.language);
  const [speaking, setSpeaking] = useState(false);
  const run = useRef(0);

  // Stop reading when the text goes away or the language changes.
  useEffect(() => () => {
    if (run.current > 0 && speaking) synth()?.cancel();
  }, [speaking]);
  useEffect(() => {
    run.current += 1;
    setSpeaking(false);
  }, [i18n.language]);

  if (!available) return null;
  if (!voice) return explainMissing ? <NoVoiceNote /> : null;

  const stop = () => {
    run.current += 1;
    synth()?.cancel();
    setSpeaking(false);
  };

  const start = () => {
    const speech = synth();
    if (!speech) return;
    speech.cancel();
    const id = ++run.current;
    const pieces = texts.flatMap((text) => splitForSpeech(text));
    const speakFrom = (index: number) => {
      if (id !== run.current) return;
      const piece = pieces[index];
      if (piece === undefined) {
        setSpeaking(false);
        return;
      }
      const utterance = new SpeechSynthesisUtterance(piece);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = SPEECH_RATE;
      utterance.onend = () => speakFrom(index + 1);
      utterance.onerror = () => {
        if (id === run.current) setSpeaking(false);
      };
      speech.speak(utterance);
    };
    setSpeaking(true);
    speakFrom(0);
  };

  return (
    <button type="button" className="repere-button repere-button--secondary repere-listen" onClick={speaking ? stop : start}>
      {speaking ? <StopIcon size={20} /> : <SpeakerIcon size={20} />}
      {speaking ? t('listen.stop') : t('listen.start')}
    </button>
  );
}
