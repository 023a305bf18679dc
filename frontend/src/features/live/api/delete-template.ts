import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useInvalidateTemplates } from './invalidate-templates';

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
