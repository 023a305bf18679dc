import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import {
  certificationListKey,
  certificationPartKey,
  EVALUATION_RESULTS_KEY,
} from '@/lib/query-keys';
import type { EvaluationFilters, EvaluationResults } from './types';

/** The API's query for the filters (also that of the CSV download). */
export function resultsQuery(f: EvaluationFilters) {
  return {
    certification_id: f.certificationId,
    training_day_id: f.dayId,
    moment: f.moment,
  };
}

/** `/api/v1/evaluation-results.csv?…` with the same filters as the page. */
export function csvUrl(f: EvaluationFilters): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(resultsQuery(f))) {
    if (v !== undefined) params.set(k, String(v));
  }
  const query = params.toString();
  return `/api/v1/evaluation-results.csv${query ? `?${query}` : ''}`;
}

export function useEvaluationResults(f: EvaluationFilters) {
  const query = resultsQuery(f);
  return useQuery({
    queryKey: [...EVALUATION_RESULTS_KEY, query],
    queryFn: async (): Promise<EvaluationResults> =>
      unwrap(client.GET('/api/v1/evaluation-results', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** Certifications to filter by: a trainer's list holds only their own (same key as the list page). */
export function useCertificationChoices() {
  return useQuery({
    queryKey: certificationListKey({ page: 1, pageSize: 100 }),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications', { params: { query: { page: 1, page_size: 100 } } }),
      ),
  });
}

/** A certification's training days (the training feature reads the same key). */
export function useTrainingDayChoices(certificationId: number | undefined) {
  return useQuery({
    queryKey: certificationPartKey(certificationId ?? 0, 'training-days'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/training-days', {
          params: { path: { certification_id: certificationId ?? 0 } },
        }),
      ),
    enabled: !!certificationId,
  });
}
