import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { QUESTION_TEMPLATES_KEY } from '@/lib/query-keys';
import type { QuestionTemplate } from './types';

export const questionTemplatesQueryOptions = () =>
  queryOptions({
    queryKey: QUESTION_TEMPLATES_KEY,
    queryFn: async (): Promise<QuestionTemplate[]> =>
      unwrap(client.GET('/api/v1/question-templates')),
  });

export function useQuestionTemplates() {
  return useQuery(questionTemplatesQueryOptions());
}
