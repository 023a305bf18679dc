import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useInvalidateTemplates } from './invalidate-templates';
import type { QuestionTemplateUpdate } from './types';

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
