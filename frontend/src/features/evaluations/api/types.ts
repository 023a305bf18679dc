import type { ApiResponse } from '@/lib/api';

export type EvaluationResults = ApiResponse<'/api/v1/evaluation-results', 'get'>;

export interface EvaluationFilters {
  certificationId?: number;
  moment?: number;
  dayId?: number;
}
