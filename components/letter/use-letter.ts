/**
 * The letter as the person's data makes it today: the input (utils/failure/letter-input.ts), what
 * is missing, and the model when it can be written. Shared by the dashboard and the print page.
 */
import { useMemo } from 'react';
import { civilToday } from '../../utils/deadlines/civil.ts';
import { letterInputFromProfile } from '../../utils/failure/letter-input.ts';
import { buildSubstitutionLetter, checkLetterInput, type LetterModel, type LetterProblem } from '../../utils/letter/substitution-letter.ts';
import type { LetterInput } from '../../utils/letter/substitution-letter.ts';
import { useFailureData, type FailureData } from '../failure/use-failure-data.ts';

export interface LetterState {
  data: FailureData;
  input: LetterInput;
  incidentIds: string[];
  problems: LetterProblem[];
  model?: LetterModel;
}

export function useLetter(): LetterState {
  const data = useFailureData();
  const { journal, person, trackerExpiry } = data;
  const built = useMemo(() => {
    const { input, incidentIds } = letterInputFromProfile({ person, journal, ...(trackerExpiry ? { trackerExpiry } : {}) }, civilToday(new Date()));
    const problems = checkLetterInput(input);
    const result = problems.length === 0 ? buildSubstitutionLetter(input) : undefined;
    return { input, incidentIds, problems, ...(result?.ok ? { model: result.value } : {}) };
  }, [journal, person, trackerExpiry]);
  return { data, ...built };
}

export interface LetterPhoto {
  annex: number;
  caption: string;
  dataUrl: string;
}

/** The photos the letter's annexes name, from the journal. */
export function letterPhotos(state: Pick<LetterState, 'model' | 'incidentIds' | 'data'>): LetterPhoto[] {
  if (!state.model) return [];
  return state.model.photoAnnexes.flatMap((annex) => {
    const id = state.incidentIds[annex.incident];
    const photo = state.data.journal.incidents.find((incident) => incident.id === id)?.photo;
    return photo ? [{ annex: annex.annex, caption: annex.caption, dataUrl: photo.dataUrl }] : [];
  });
}
