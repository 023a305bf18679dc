import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { multipart, useRefreshLists } from './refresh-lists';
import type { DocumentKind } from './types';

export interface NewDocument {
  file: File;
  title: string;
  kind: DocumentKind;
}

/** Uploads a document: the server reads and checks it before answering (seconds for a long one). */
export function useUploadDocument(certificationId: number) {
  const refresh = useRefreshLists(certificationId);
  return useMutation({
    mutationFn: ({ file, title, kind }: NewDocument) => {
      const form = new FormData();
      form.append('file', file, file.name);
      form.append('title', title);
      form.append('kind', kind);
      return unwrap(
        client.POST('/api/v1/certifications/{certification_id}/documents', {
          params: { path: { certification_id: certificationId } },
          ...multipart(form),
        }),
      );
    },
    onSuccess: (version) => refresh(version.document_id),
  });
}
