import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useInvalidateCertification } from './invalidate-certification';

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
