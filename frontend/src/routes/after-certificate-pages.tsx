import { Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { NotFoundPage } from '@/components/NotFoundPage';
import { PageHeader } from '@/components/PageHeader';
import { CalendarView } from '@/features/calendar';
import { FollowUpDetails, kindLabel, OverdueFollowUps, useFollowUp } from '@/features/follow-ups';
import { NotificationsList } from '@/features/notifications';
import { RecertificationLists, ReviewDetails, useReview } from '@/features/recertification';
import { isApiError } from '@/lib/api';
import { useUser } from '@/lib/auth';
import { allows } from '@/lib/authorization';

/** The pages after the certificate, loaded lazily by the routes in after-certificate.tsx. */

const followUpApi = getRouteApi('/app/follow-ups/$followUpId');

export function FollowUpPage() {
  const { t } = useTranslation();
  const { followUpId } = followUpApi.useParams();
  const followUp = useFollowUp(followUpId);

  if (isApiError(followUp.error, 404)) return <NotFoundPage />;
  if (followUp.isPending) return <Loading />;
  if (followUp.isError) return <ErrorAlert error={followUp.error} />;
  const f = followUp.data;
  return (
    <>
      <PageHeader
        title={t('followUps.pageTitle', { kind: kindLabel(t, f.kind), name: f.organisation_name })}
      />
      <FollowUpDetails key={f.id} followUp={f} />
    </>
  );
}

/** "Granskning": what expires, what to book, what is booked, late follow-ups, the calendar. */
export function RecertificationPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('recert.title')} />
      <Stack gap="lg">
        {/* The auditors to choose from are the user list's, which only `users:manage` reads. */}
        <RecertificationLists
          canChooseAuditor={allows(user, 'users:manage')}
          onScheduled={(review) =>
            void navigate({ to: '/reviews/$reviewId', params: { reviewId: review.id } })
          }
        />
        <OverdueFollowUps />
        <CalendarView />
      </Stack>
    </>
  );
}

const reviewApi = getRouteApi('/app/reviews/$reviewId');

export function ReviewPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { reviewId } = reviewApi.useParams();
  const review = useReview(reviewId);
  if (isApiError(review.error, 404)) return <NotFoundPage />;
  if (review.isPending) return <Loading />;
  if (review.isError) return <ErrorAlert error={review.error} />;
  const r = review.data;
  return (
    <>
      <PageHeader title={t('recert.review.title', { name: r.organisation_name })} />
      <ReviewDetails key={r.id} review={r} canListAuditors={allows(user, 'users:manage')} />
    </>
  );
}

const notificationsApi = getRouteApi('/app/notifications');

export function NotificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { unread = false, page = 1 } = notificationsApi.useSearch();
  return (
    <>
      <PageHeader title={t('notifications.title')} />
      <NotificationsList
        unread={unread}
        page={page}
        onChange={(s) =>
          void navigate({
            to: '/notifications',
            search: { unread: s.unread || undefined, page: s.page > 1 ? s.page : undefined },
            replace: true,
          })
        }
      />
    </>
  );
}
