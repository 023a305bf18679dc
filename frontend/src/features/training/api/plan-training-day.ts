import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useInvalidateCertification } from './invalidate-certification';
import type { TrainingDayCreate } from './types';

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
