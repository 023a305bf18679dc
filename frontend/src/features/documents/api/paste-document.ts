import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useRefreshLists } from './refresh-lists';
import type { PastedDocument } from './types';

export function usePasteDocument(certificationId: number) {
  const refresh = useRefreshLists(certificationId);
  return useMutation({
    mutationFn: (body: PastedDocument) =>
      unwrap(
        client.POST('/api/v1/certifications/{certification_id}/documents/pasted', {
          params: { path: { certification_id: certificationId } },
          body,
        }),
      ),
    onSuccess: (version) => refresh(version.document_id),
  });
}
