import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useInvalidateCertification } from './invalidate-certification';

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
