import type { ApiResponse } from '@/lib/api';

export type EvaluationResults = ApiResponse<'/api/v1/evaluation-results', 'get'>;
export type EvaluationQuestionResult = EvaluationResults['questions'][number];

export interface EvaluationFilters {
  certificationId?: number;
  moment?: number;
  dayId?: number;
}
