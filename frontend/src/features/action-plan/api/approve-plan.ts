import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useAfterPlanChange } from './after-plan-change';

export function useApprovePlan(certificationId: number) {
  const after = useAfterPlanChange(certificationId);
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(
        client.POST('/api/v1/certifications/{certification_id}/plan/approve', {
          params: { path: { certification_id: certificationId } },
          body: { version },
        }),
      ),
    onSuccess: (result) => after(result.plan),
  });
}
