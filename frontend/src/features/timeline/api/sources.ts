import { useQuery } from '@tanstack/react-query';
import { certificateQueryOptions } from '@/api/get-certificate';
import { certificationEventsQueryOptions } from '@/api/get-certification-events';
import { certificationFollowUpsQueryOptions } from '@/api/get-certification-follow-ups';
import { sessionsQueryOptions } from '@/api/get-sessions';
import { trainingDaysQueryOptions } from '@/api/get-training-days';
import { isApiError } from '@/lib/api';
import { useCertificateReviews } from './get-certificate-reviews';

// The timeline reads what other features show through the same shared queries (src/api), so the
// data is fetched once and a change anywhere refreshes the timeline too.

export function useTimelineSources(certificationId: number, certified: boolean) {
  const trainingDays = useQuery(trainingDaysQueryOptions(certificationId));
  const sessions = useQuery(sessionsQueryOptions(certificationId));
  const events = useQuery(certificationEventsQueryOptions(certificationId));
  const certificate = useQuery({
    ...certificateQueryOptions(certificationId),
    enabled: certified,
    retry: (count, error) => !isApiError(error, 404) && count < 2,
  });
  const followUps = useQuery({
    ...certificationFollowUpsQueryOptions(certificationId),
    enabled: certified,
  });
  const reviews = useCertificateReviews(certificate.data?.id);
  return { trainingDays, sessions, events, certificate, followUps, reviews };
}
