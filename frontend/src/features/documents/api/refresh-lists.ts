import { useQueryClient } from '@tanstack/react-query';
import { documentKey } from '@/lib/query-keys';
import { documentsKey } from './get-documents';

/** After an upload, a decision or a finished review: the lists and the document are read again. */
export function useRefreshLists(certificationId: number) {
  const queryClient = useQueryClient();
  return (documentId?: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: documentsKey(certificationId) }),
      documentId !== undefined
        ? queryClient.invalidateQueries({ queryKey: documentKey(documentId) })
        : undefined,
    ]);
}

/** A multipart body: the browser sets the boundary; openapi-fetch passes FormData through. */
export function multipart(form: FormData) {
  return { bodySerializer: (body: unknown) => body as FormData, body: form as never };
}
