import type { ApiBody, ApiResponse } from '@/lib/api';

export type TrainingDay = ApiResponse<
  '/api/v1/certifications/{certification_id}/training-days',
  'get'
>[number];
export type TrainingDayCreate = ApiBody<
  '/api/v1/certifications/{certification_id}/training-days',
  'post'
>;
export type TrainingDayResult = ApiResponse<
  '/api/v1/certifications/{certification_id}/training-days',
  'post',
  201
>;
export type TrainingDayUpdate = ApiBody<'/api/v1/training-days/{day_id}', 'patch'>;
export type TrainingDayWarning = TrainingDayResult['warnings'][number];
export type Agenda = ApiResponse<'/api/v1/certifications/{certification_id}/agenda', 'get'>;
export type AgendaItem = Agenda[string][number];
export type AgendaKind = AgendaItem['kind'];
export type Session = ApiResponse<
  '/api/v1/certifications/{certification_id}/sessions',
  'get'
>[number];
export type SessionCreate = ApiBody<'/api/v1/certifications/{certification_id}/sessions', 'post'>;
export type SessionUpdate = ApiBody<'/api/v1/sessions/{session_id}', 'patch'>;
export type SessionKind = Session['kind'];

export const MOMENTS = [1, 2, 3] as const;
export const AGENDA_KINDS = [
  'lecture',
  'exercise',
  'discussion',
] as const satisfies readonly AgendaKind[];
export const SESSION_KINDS = ['workshop', 'supervision'] as const satisfies readonly SessionKind[];
export const MAX_WORKSHOPS = 2;

export const agendaTemplatesKey = ['agenda-templates'] as const;
