import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { QUESTION_TEMPLATES_KEY } from '@/lib/query-keys';
import type { QuestionTemplate, QuestionTemplateCreate, QuestionTemplateUpdate } from './types';

export const questionTemplatesQueryOptions = () =>
  queryOptions({
    queryKey: QUESTION_TEMPLATES_KEY,
    queryFn: async (): Promise<QuestionTemplate[]> =>
      unwrap(client.GET('/api/v1/question-templates')),
  });

export function useQuestionTemplates() {
  return useQuery(questionTemplatesQueryOptions());
}

function useInvalidateTemplates() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: QUESTION_TEMPLATES_KEY });
}

export function useCreateTemplate() {
  const invalidate = useInvalidateTemplates();
  return useMutation({
    mutationFn: (body: QuestionTemplateCreate) =>
      unwrap(client.POST('/api/v1/question-templates', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateTemplate() {
  const invalidate = useInvalidateTemplates();
  return useMutation({
    mutationFn: ({ templateId, ...body }: QuestionTemplateUpdate & { templateId: number }) =>
      unwrap(
        client.PATCH('/api/v1/question-templates/{template_id}', {
          params: { path: { template_id: templateId } },
          body,
        }),
      ),
    onSettled: invalidate,
  });
}

export function useDeleteTemplate() {
  const invalidate = useInvalidateTemplates();
  return useMutation({
    mutationFn: (templateId: number) =>
      unwrap(
        client.DELETE('/api/v1/question-templates/{template_id}', {
          params: { path: { template_id: templateId } },
        }),
      ),
    onSettled: invalidate,
  });
}
