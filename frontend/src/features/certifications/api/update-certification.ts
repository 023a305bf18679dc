import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { CERTIFICATIONS_KEY, certificationKey } from '@/lib/query-keys';
import type { CertificationUpdate } from './types';

export function useUpdateCertification(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CertificationUpdate) =>
      unwrap(
        client.PATCH('/api/v1/certifications/{certification_id}', {
          params: { path: { certification_id: id } },
          body,
        }),
      ),
    onSuccess: (certification) => {
      queryClient.setQueryData(certificationKey(id), certification);
      return queryClient.invalidateQueries({ queryKey: [...CERTIFICATIONS_KEY, 'list'] });
    },
  });
}
