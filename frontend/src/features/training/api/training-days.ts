import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationKey, certificationPartKey } from '@/lib/query-keys';
import type { TrainingDayCreate } from './types';

export const trainingDaysQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: certificationPartKey(certificationId, 'training-days'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/training-days', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

export function useTrainingDays(certificationId: number) {
  return useQuery(trainingDaysQueryOptions(certificationId));
}

/** Days change the certification's held moments and stage too: refresh all of it. */
function useInvalidateCertification(certificationId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: certificationKey(certificationId) });
}

export function usePlanTrainingDay(certificationId: number) {
  const invalidate = useInvalidateCertification(certificationId);
  return useMutation({
    mutationFn: (body: TrainingDayCreate) =>
      unwrap(
        client.POST('/api/v1/certifications/{certification_id}/training-days', {
          params: { path: { certification_id: certificationId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useRescheduleTrainingDay(certificationId: number) {
  const invalidate = useInvalidateCertification(certificationId);
  return useMutation({
    mutationFn: ({ dayId, version, date }: { dayId: number; version: number; date: string }) =>
      unwrap(
        client.PATCH('/api/v1/training-days/{day_id}', {
          params: { path: { day_id: dayId } },
          body: { version, date },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useMarkDayHeld(certificationId: number) {
  const invalidate = useInvalidateCertification(certificationId);
  return useMutation({
    mutationFn: ({ dayId, participantCount }: { dayId: number; participantCount: number }) =>
      unwrap(
        client.POST('/api/v1/training-days/{day_id}/held', {
          params: { path: { day_id: dayId } },
          body: { participant_count: participantCount },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useCancelTrainingDay(certificationId: number) {
  const invalidate = useInvalidateCertification(certificationId);
  return useMutation({
    mutationFn: ({ dayId, reason }: { dayId: number; reason?: string }) =>
      unwrap(
        client.POST('/api/v1/training-days/{day_id}/cancel', {
          params: { path: { day_id: dayId } },
          body: { reason: reason ?? '' },
        }),
      ),
    onSuccess: invalidate,
  });
}
