import { useMutation } from '@tanstack/react-query';
import { client, isApiError, unwrap } from '@/lib/api';
import { useInvalidateCertification } from './invalidate-certification';
import type { TrainingDayUpdate } from './types';

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
