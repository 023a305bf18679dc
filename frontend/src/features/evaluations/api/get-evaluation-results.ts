import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { EVALUATION_RESULTS_KEY } from '@/lib/query-keys';
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

export const evaluationResultsQueryOptions = (f: EvaluationFilters) => {
  const query = resultsQuery(f);
  return queryOptions({
    queryKey: [...EVALUATION_RESULTS_KEY, query],
    queryFn: async (): Promise<EvaluationResults> =>
      unwrap(client.GET('/api/v1/evaluation-results', { params: { query } })),
    placeholderData: keepPreviousData,
  });
};

export function useEvaluationResults(f: EvaluationFilters) {
  return useQuery(evaluationResultsQueryOptions(f));
}
