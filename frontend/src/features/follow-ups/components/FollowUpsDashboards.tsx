import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { useFollowUps } from '../api/get-follow-ups';
import { FollowUpList } from './FollowUpsSection';

/** The trainer's "Uppföljningar att granska": submitted reports of their certifications. */
export function FollowUpsToReview() {
  const { t } = useTranslation();
  const query = useFollowUps({ status: 'submitted' });
  const items = query.data?.items ?? [];
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="follow-ups-to-review-title"
      data-testid="follow-ups-to-review"
    >
      <Title order={2} size="h3" id="follow-ups-to-review-title" mb="sm">
        {t('followUps.toReview.title')} {query.data ? `(${query.data.total})` : ''}
      </Title>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : items.length === 0 ? (
        <Text>{t('followUps.toReview.empty')}</Text>
      ) : (
        <FollowUpList
          items={items}
          testId="follow-ups-to-review-table"
          showSubmitted
          label={t('followUps.toReview.title')}
        />
      )}
    </Paper>
  );
}

/** Follow-ups past their due date that are not submitted (or need completing). */
export function OverdueFollowUps({
  headingId = 'overdue-follow-ups-title',
}: {
  headingId?: string;
}) {
  const { t } = useTranslation();
  const query = useFollowUps({ overdue: true });
  const items = query.data?.items ?? [];
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={headingId}
      data-testid="overdue-follow-ups"
    >
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('followUps.overdueList.title')} {query.data ? `(${query.data.total})` : ''}
      </Title>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : items.length === 0 ? (
        <Text>{t('followUps.overdueList.empty')}</Text>
      ) : (
        <FollowUpList
          items={items}
          testId="overdue-follow-ups-table"
          label={t('followUps.overdueList.title')}
        />
      )}
    </Paper>
  );
}
