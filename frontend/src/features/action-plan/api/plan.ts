import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationKey, certificationListKey, certificationPartKey } from '@/lib/query-keys';
import type { Plan, PlanSave } from './types';

export const planKey = (certificationId: number) => certificationPartKey(certificationId, 'plan');

export const planQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: planKey(certificationId),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/plan', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

export function usePlan(certificationId: number) {
  return useQuery(planQueryOptions(certificationId));
}

/** After a plan change: the plan itself is known; versions, diff, status and events are refetched. */
function useAfterPlanChange(certificationId: number) {
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

export function useSubmitPlan(certificationId: number) {
  const after = useAfterPlanChange(certificationId);
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(
        client.POST('/api/v1/certifications/{certification_id}/plan/submit', {
          params: { path: { certification_id: certificationId } },
          body: { version },
        }),
      ),
    onSuccess: after,
  });
}

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
