import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useAfterPlanChange } from './after-plan-change';
import type { PlanSave } from './types';

export function useSavePlan(certificationId: number) {
  const after = useAfterPlanChange(certificationId);
  return useMutation({
    mutationFn: (body: PlanSave) =>
      unwrap(
        client.PUT('/api/v1/certifications/{certification_id}/plan', {
          params: { path: { certification_id: certificationId } },
          body,
        }),
      ),
    onSuccess: after,
  });
}
