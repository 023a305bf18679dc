import { useQueryClient } from '@tanstack/react-query';
import { QUESTION_TEMPLATES_KEY } from '@/lib/query-keys';

/** After a change to the question bank, it is read again. */
export function useInvalidateTemplates() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: QUESTION_TEMPLATES_KEY });
}
