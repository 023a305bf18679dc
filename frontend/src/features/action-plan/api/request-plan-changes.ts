import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useAfterPlanChange } from './after-plan-change';

export function useRequestChanges(certificationId: number) {
  const after = useAfterPlanChange(certificationId);
  return useMutation({
    mutationFn: (body: { version: number; comment: string }) =>
      unwrap(
        client.POST('/api/v1/certifications/{certification_id}/plan/request-changes', {
          params: { path: { certification_id: certificationId } },
          body,
        }),
      ),
    onSuccess: after,
  });
}
