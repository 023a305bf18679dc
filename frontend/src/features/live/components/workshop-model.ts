import type { ExerciseCandidate } from '../api/types';

/** Why a candidate cannot be chosen: already on this workshop, or too few answers (below k). */
export type Unavailable =
  | { reason: 'attached' }
  | { reason: 'tooFew'; answers: number; min: number };

export interface CandidateChoice {
  candidate: ExerciseCandidate;
  unavailable: Unavailable | null;
}

/**
 * The attach dialog's list, in the server's order (by date, then the room's order): every
 * candidate, those that cannot be chosen with the reason. Attached ones are said first: an
 * exercise already on the workshop is not offered again whatever its count.
 */
export function candidateChoices(candidates: readonly ExerciseCandidate[]): CandidateChoice[] {
  return candidates.map((candidate) => ({
    candidate,
    unavailable: candidate.attached
      ? { reason: 'attached' }
      : candidate.attachable
        ? null
        : { reason: 'tooFew', answers: candidate.answer_count, min: candidate.min_answers },
  }));
}

/** Whether anything can be attached at all. */
export const anyAvailable = (choices: readonly CandidateChoice[]) =>
  choices.some((c) => c.unavailable === null);
