import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { CERTIFICATIONS_KEY, certificationKey } from '@/lib/query-keys';
import type { CertificationCreate } from './types';

export function useCreateCertification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CertificationCreate) =>
      unwrap(client.POST('/api/v1/certifications', { body })),
    onSuccess: (certification) => {
      queryClient.setQueryData(certificationKey(certification.id), certification);
      return queryClient.invalidateQueries({ queryKey: [...CERTIFICATIONS_KEY, 'list'] });
    },
  });
}
