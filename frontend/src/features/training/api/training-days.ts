import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, isApiError, unwrap } from '@/lib/api';
import { certificationKey, certificationPartKey } from '@/lib/query-keys';
import type { TrainingDayCreate, TrainingDayUpdate } from './types';

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

/**
 * Changes a planned day (date, place, notes) on the version it was based on. A 409 (changed or
 * held meanwhile) reads the days again, so the dialog shows what is saved now.
 */
export function useUpdateTrainingDay(certificationId: number) {
  const invalidate = useInvalidateCertification(certificationId);
  return useMutation({
    mutationFn: ({ dayId, ...body }: TrainingDayUpdate & { dayId: number }) =>
      unwrap(
        client.PATCH('/api/v1/training-days/{day_id}', {
          params: { path: { day_id: dayId } },
          body,
        }),
      ),
    onSuccess: invalidate,
    onError: (error) => {
      if (isApiError(error, 409)) void invalidate();
    },
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
