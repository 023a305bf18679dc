import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { IcsLink } from '@/components/IcsLink';
import { allows } from '@/lib/authorization';
import { formatDate, formatDateTime } from '@/lib/dates';
import type { FollowUp } from '../api/types';
import { Attachments } from './Attachments';
import classes from './follow-ups.module.css';
import { FollowUpStatusBadges, kindLabel } from './labels';
import { ReportForm } from './ReportForm';
import { ReportView } from './ReportView';
import { ReviewActions } from './ReviewActions';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/**
 * One follow-up: its facts, the trainer's comment when the report needs completing, the report
 * (the working group's form while it may report, read-only otherwise), the evidence files, and
 * the review of a submitted report — each as the follow-up's `allowed_actions` say.
 */
export function FollowUpDetails({ followUp: f }: { followUp: FollowUp }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const canReview = allows(f, 'follow-up:review');
  return (
    <Stack gap="lg">
      <AnchorLink
        to="/certifications/$certificationId"
        params={{ certificationId: f.certification_id }}
        search={{ tab: 'follow-ups' }}
      >
        {t('followUps.backToCertification', { name: f.organisation_name })}
      </AnchorLink>

      {f.status === 'needs_attention' && (
        <Alert
          color="orange"
          variant="outline"
          title={t('followUps.needsAttentionTitle')}
          data-testid="review-comment"
        >
          <Text className={classes.preWrap} fw={500}>
            {f.review_comment || t('followUps.needsAttentionNoComment')}
          </Text>
        </Alert>
      )}

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="follow-up-facts">
        <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id="follow-up-facts">
            {kindLabel(t, f.kind)}
          </Title>
          <FollowUpStatusBadges status={f.status} overdue={f.overdue} />
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
          <Field label={t('followUps.fields.organisation')}>{f.organisation_name}</Field>
          <Field label={t('followUps.fields.dueOn')}>
            {formatDate(f.due_on, lang)}{' '}
            <IcsLink kind="follow-up" id={f.id} what={kindLabel(t, f.kind)} />
          </Field>
          <Field label={t('followUps.fields.submittedAt')}>
            {formatDateTime(f.submitted_at, lang)}
          </Field>
          <Field label={t('followUps.fields.reviewedAt')}>
            {formatDateTime(f.reviewed_at, lang)}
          </Field>
        </SimpleGrid>
        {f.status === 'accepted' && f.review_comment && (
          <Alert color="green" variant="outline" mt="sm" title={t('followUps.acceptedComment')}>
            <Text className={classes.preWrap}>{f.review_comment}</Text>
          </Alert>
        )}
        {f.status === 'submitted' && !canReview && (
          <Text mt="sm" data-testid="follow-up-submitted">
            {t('followUps.submittedWaiting')}
          </Text>
        )}
        {canReview && (
          <Stack gap="sm" mt="sm">
            <ReviewActions followUp={f} />
          </Stack>
        )}
      </Paper>

      {allows(f, 'follow-up:report') ? (
        <ReportForm key={f.id} followUp={f} />
      ) : f.status === 'pending' ? (
        <Text data-testid="follow-up-not-submitted">{t('followUps.notSubmittedYet')}</Text>
      ) : (
        <Paper withBorder p="md" radius="md">
          <ReportView followUp={f} />
        </Paper>
      )}

      <Attachments followUp={f} />
    </Stack>
  );
}
