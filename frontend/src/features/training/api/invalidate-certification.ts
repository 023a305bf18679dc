import { useQueryClient } from '@tanstack/react-query';
import { certificationKey } from '@/lib/query-keys';

/** Days change the certification's held moments and stage too: refresh all of it. */
export function useInvalidateCertification(certificationId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: certificationKey(certificationId) });
}
