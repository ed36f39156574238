/**
 * "Listen" with a fake speechSynthesis: shown only when a voice of the language exists (also when
 * the voices arrive late), one sentence per utterance at rate 0.85 with that voice, "Stop" stops,
 * and "no voice on this computer" where asked; in French and Arabic.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ListenButton } from '../../../components/speech/listen-button.tsx';
import { SPEECH_RATE } from '../../../utils/speech/speech.ts';
import { testI18n } from '../test-i18n.ts';

class FakeUtterance {
  voice: unknown = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

class FakeSynth extends EventTarget {
  voices: { lang: string; name: string; localService: boolean; default: boolean }[] = [];
  spoken: FakeUtterance[] = [];
  cancelled = 0;
  getVoices() { return this.voices; }
  speak(utterance: FakeUtterance) { this.spoken.push(utterance); }
  cancel() { this.cancelled += 1; }
  /** Ends the utterance being spoken (the next one starts). */
  finish() { this.spoken[this.spoken.length - 1]?.onend?.(); }
}

let synth: FakeSynth;

beforeEach(() => {
  synth = new FakeSynth();
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function renderListen(language: 'fr' | 'ar' | 'ps', texts: string[], explainMissing = false) {
  const i18n = await testI18n(language, ['common']);
  render(<I18nextProvider i18n={i18n}><ListenButton texts={texts} explainMissing={explainMissing} /></I18nextProvider>);
}

describe('Listen', () => {
  it('is not there without a voice for the language, and appears when voices arrive (fr)', async () => {
    synth.voices = [{ lang: 'en-US', name: 'English', localService: true, default: true }];
    await renderListen('fr', ['Notez la date.']);
    expect(screen.queryByRole('button', { name: 'Écouter' })).toBeNull();
    synth.voices.push({ lang: 'fr-FR', name: 'Français', localService: true, default: false });
    act(() => { synth.dispatchEvent(new Event('voiceschanged')); });
    expect(screen.getByRole('button', { name: 'Écouter' })).toBeVisible();
  });

  it('reads one sentence at a time, slowly, with the French voice only (fr)', async () => {
    synth.voices = [
      { lang: 'en-US', name: 'English', localService: true, default: true },
      { lang: 'fr-FR', name: 'Français', localService: true, default: false },
    ];
    await renderListen('fr', ['Notez la date. Faites une capture.', 'Réessayez plus tard.']);
    await userEvent.click(screen.getByRole('button', { name: 'Écouter' }));
    expect(synth.spoken.map((u) => u.text)).toEqual(['Notez la date.']);
    act(() => synth.finish());
    act(() => synth.finish());
    expect(synth.spoken.map((u) => u.text)).toEqual(['Notez la date.', 'Faites une capture.', 'Réessayez plus tard.']);
    for (const utterance of synth.spoken) {
      expect(utterance.rate).toBe(SPEECH_RATE);
      expect((utterance.voice as { name: string }).name).toBe('Français');
      expect(utterance.lang).toBe('fr-FR');
    }
    act(() => synth.finish());
    expect(screen.getByRole('button', { name: 'Écouter' })).toBeVisible();
  });

  it('stops when asked (ar)', async () => {
    synth.voices = [{ lang: 'ar-SA', name: 'عربي', localService: true, default: false }];
    await renderListen('ar', ['اكتب التاريخ. خذ صورة للشاشة.']);
    await userEvent.click(screen.getByRole('button', { name: 'استمع' }));
    await userEvent.click(screen.getByRole('button', { name: 'أوقف القراءة' }));
    expect(synth.cancelled).toBeGreaterThan(1);
    act(() => synth.finish());
    expect(synth.spoken).toHaveLength(1);
  });

  it('says there is no voice on this computer where asked, never using another language (ps)', async () => {
    synth.voices = [{ lang: 'en-US', name: 'English', localService: true, default: true }, { lang: 'fa-IR', name: 'Persian', localService: true, default: false }];
    await renderListen('ps', ['متن.'], true);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/په دې کمپیوټر کې داسې غږ نشته/)).toBeVisible();
  });

  it('shows nothing where the browser has no speech at all', async () => {
    vi.stubGlobal('speechSynthesis', undefined);
    await renderListen('fr', ['Texte.'], true);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/voix/)).toBeNull();
  });
});
