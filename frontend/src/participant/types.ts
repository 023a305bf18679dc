// What the participant page reads and sends (docs/api.md, "Taking part (no account)"), taken from
// the generated schema: type-only imports, nothing of the main app reaches the page's bundle.
import type { components } from '@/client/schema';

type Schemas = components['schemas'];

export type QuestionKind = Schemas['QuestionKind'];

/** A question as a form shows it: the evaluation's questions and the room's current one. */
export type Question = Schemas['EvaluationQuestion'];

export type RoomQuestion = Schemas['ParticipantQuestion'];

/** `GET /api/v1/participate/{join_code}` and every `event: room` of its stream. */
export type Room = Schemas['ParticipantRoom'];

/** `GET /api/v1/evaluations/{evaluation_code}`. */
export type EvaluationForm = Schemas['EvaluationForm'];

/** The answer part of a body (`AnswerCreate` / `EvaluationAnswer` without the ids): a skip
 * (`skipped: true`) carries nothing else. */
export type AnswerFields = Omit<Schemas['EvaluationAnswer'], 'question_id'>;

export type AnswerBody = Schemas['AnswerCreate'];
export type EvaluationBody = Schemas['EvaluationSubmission'];

/** What a form holds for one question: the chosen indexes (the value for a scale) and text. */
export interface Draft {
  selected: number[];
  text: string;
}
