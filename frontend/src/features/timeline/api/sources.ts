import { useQuery } from '@tanstack/react-query';
import { client, isApiError, unwrap } from '@/lib/api';
import { certificationPartKey, RECERTIFICATION_KEY } from '@/lib/query-keys';

// The timeline reads what other features show, under the same query keys (lib/query-keys.ts), so
// the data is fetched once and a change anywhere refreshes the timeline too.

export function useTimelineSources(certificationId: number, certified: boolean) {
  const path = { params: { path: { certification_id: certificationId } } };
  const trainingDays = useQuery({
    queryKey: certificationPartKey(certificationId, 'training-days'),
    queryFn: () =>
      unwrap(client.GET('/api/v1/certifications/{certification_id}/training-days', path)),
  });
  const sessions = useQuery({
    queryKey: certificationPartKey(certificationId, 'sessions'),
    queryFn: () => unwrap(client.GET('/api/v1/certifications/{certification_id}/sessions', path)),
  });
  const events = useQuery({
    queryKey: certificationPartKey(certificationId, 'events'),
    queryFn: () => unwrap(client.GET('/api/v1/certifications/{certification_id}/events', path)),
  });
  const certificate = useQuery({
    queryKey: certificationPartKey(certificationId, 'certificate'),
    queryFn: () =>
      unwrap(client.GET('/api/v1/certifications/{certification_id}/certificate', path)),
    enabled: certified,
    retry: (count, error) => !isApiError(error, 404) && count < 2,
  });
  const followUps = useQuery({
    queryKey: certificationPartKey(certificationId, 'follow-ups'),
    queryFn: () => unwrap(client.GET('/api/v1/certifications/{certification_id}/follow-ups', path)),
    enabled: certified,
  });
  const certificateId = certificate.data?.id;
  const reviews = useQuery({
    queryKey: [...RECERTIFICATION_KEY, 'certificate-reviews', certificateId ?? 0],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certificates/{certificate_id}/reviews', {
          params: { path: { certificate_id: certificateId ?? 0 } },
        }),
      ),
    enabled: !!certificateId,
  });
  return { trainingDays, sessions, events, certificate, followUps, reviews };
}
