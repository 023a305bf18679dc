import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useInvalidateTemplates } from './invalidate-templates';
import type { QuestionTemplateCreate } from './types';

export function useCreateTemplate() {
  const invalidate = useInvalidateTemplates();
  return useMutation({
    mutationFn: (body: QuestionTemplateCreate) =>
      unwrap(client.POST('/api/v1/question-templates', { body })),
    onSuccess: invalidate,
  });
}
