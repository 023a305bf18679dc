import { useQueryClient } from '@tanstack/react-query';
import { certificationKey, certificationListKey } from '@/lib/query-keys';
import { planKey } from './get-plan';
import type { Plan } from './types';

/** After a plan change: the plan itself is known; versions, diff, status and events are refetched. */
export function useAfterPlanChange(certificationId: number) {
  const queryClient = useQueryClient();
  return (plan: Plan) => {
    queryClient.setQueryData(planKey(certificationId), plan);
    return Promise.all([
      queryClient.invalidateQueries({
        queryKey: certificationKey(certificationId),
        predicate: (q) => q.queryKey[3] !== 'plan' || q.queryKey.length > 4,
      }),
      queryClient.invalidateQueries({ queryKey: certificationListKey().slice(0, 2) }),
    ]);
  };
}
