import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey, FOLLOW_UPS_KEY, followUpKey } from '@/lib/query-keys';
import type { FollowUp, FollowUpStatus, ReportSave, ReviewBody } from './types';

export const certificationFollowUpsQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: certificationPartKey(certificationId, 'follow-ups'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/follow-ups', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

/** The follow-ups of one certification (6 and 18 months), by due date. */
export function useCertificationFollowUps(certificationId: number, enabled = true) {
  return useQuery({ ...certificationFollowUpsQueryOptions(certificationId), enabled });
}

export interface FollowUpListParams {
  status?: FollowUpStatus;
  overdue?: boolean;
  page?: number;
  pageSize?: number;
}

export const followUpsQueryOptions = ({
  status,
  overdue,
  page = 1,
  pageSize = 50,
}: FollowUpListParams) =>
  queryOptions({
    queryKey: [...FOLLOW_UPS_KEY, 'list', { status, overdue, page, pageSize }],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/follow-ups', {
          params: {
            query: { status, overdue: overdue || undefined, page, page_size: pageSize },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** Follow-ups across the certifications the user may see (waiting for review, overdue). */
export function useFollowUps(params: FollowUpListParams) {
  return useQuery(followUpsQueryOptions(params));
}

export const followUpQueryOptions = (id: number) =>
  queryOptions({
    queryKey: followUpKey(id),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/follow-ups/{follow_up_id}', {
          params: { path: { follow_up_id: id } },
        }),
      ),
  });

export function useFollowUp(id: number) {
  return useQuery(followUpQueryOptions(id));
}

/** After a change: the follow-up itself is known; the lists and the certification's are refetched. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return (followUp: FollowUp) => {
    queryClient.setQueryData(followUpKey(followUp.id), followUp);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: [...FOLLOW_UPS_KEY, 'list'] }),
      queryClient.invalidateQueries({
        queryKey: certificationPartKey(followUp.certification_id, 'follow-ups'),
      }),
    ]);
  };
}

export function useSaveReport(id: number) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (body: ReportSave) =>
      unwrap(
        client.PUT('/api/v1/follow-ups/{follow_up_id}/report', {
          params: { path: { follow_up_id: id } },
          body,
        }),
      ),
    onSuccess: after,
  });
}

export function useSubmitFollowUp(id: number) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(
        client.POST('/api/v1/follow-ups/{follow_up_id}/submit', {
          params: { path: { follow_up_id: id } },
          body: { version },
        }),
      ),
    onSuccess: after,
  });
}

export function useReviewFollowUp(id: number) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (body: ReviewBody) =>
      unwrap(
        client.POST('/api/v1/follow-ups/{follow_up_id}/review', {
          params: { path: { follow_up_id: id } },
          body,
        }),
      ),
    onSuccess: after,
  });
}

/** Evidence files: the list lives in the follow-up, so a change refetches it. */
function useRefetchFollowUp(id: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: followUpKey(id) });
}

export function useUploadAttachment(id: number) {
  const refetch = useRefetchFollowUp(id);
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        client.POST('/api/v1/follow-ups/{follow_up_id}/attachments', {
          params: { path: { follow_up_id: id } },
          // multipart: the browser sets the boundary; openapi-fetch passes FormData through.
          body: form as unknown as { file: string },
          bodySerializer: (body) => body as unknown as FormData,
        }),
      );
    },
    onSuccess: refetch,
  });
}

export function useRemoveAttachment(id: number) {
  const refetch = useRefetchFollowUp(id);
  return useMutation({
    mutationFn: (attachmentId: number) =>
      unwrap(
        client.DELETE('/api/v1/follow-up-attachments/{attachment_id}', {
          params: { path: { attachment_id: attachmentId } },
        }),
      ),
    onSuccess: refetch,
  });
}

/** Where an evidence file downloads from (same origin: the session cookie goes along). */
export function attachmentUrl(attachmentId: number): string {
  return `/api/v1/follow-up-attachments/${encodeURIComponent(attachmentId)}`;
}
