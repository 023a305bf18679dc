import type { ApiBody, ApiResponse } from '@/lib/api';

export type LiveRoom = ApiResponse<'/api/v1/live/rooms/{room_id}', 'get'>;
export type LiveQuestion = LiveRoom['questions'][number];
export type QuestionResults = NonNullable<LiveQuestion['results']>;
export type QuestionKind = LiveQuestion['kind'];
export type QuestionPurpose = LiveQuestion['purpose'];
export type QuestionState = LiveQuestion['state'];
export type LiveQuestionCreate = ApiBody<'/api/v1/live/rooms/{room_id}/questions', 'post'>;
export type LiveQuestionUpdate = ApiBody<'/api/v1/live/questions/{question_id}', 'patch'>;

export type QuestionTemplate = ApiResponse<'/api/v1/question-templates', 'get'>[number];
export type QuestionTemplateCreate = ApiBody<'/api/v1/question-templates', 'post'>;
export type QuestionTemplateUpdate = ApiBody<'/api/v1/question-templates/{template_id}', 'patch'>;

export type WorkshopInput = ApiResponse<
  '/api/v1/working-sessions/{session_id}/exercise-results',
  'get'
>[number];

export type ExerciseCandidate = ApiResponse<
  '/api/v1/working-sessions/{session_id}/exercise-candidates',
  'get'
>[number];

export const QUESTION_KINDS = [
  'single_choice',
  'multiple_choice',
  'scale',
  'word_cloud',
  'open_text',
] as const satisfies readonly QuestionKind[];
export const PURPOSES = ['exercise', 'evaluation'] as const satisfies readonly QuestionPurpose[];
