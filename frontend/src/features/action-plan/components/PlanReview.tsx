import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { StatusBadge } from '@/components/StatusBadge';
import { allows } from '@/lib/authorization';
import { formatDateTime } from '@/lib/dates';
import type { LoadedComments } from '../api/get-comments';
import { usePlanDiff } from '../api/get-plan-diff';
import { usePlanVersion } from '../api/get-plan-version';
import type { ApprovalReason, Plan, PlanComment } from '../api/types';
import { ApprovalReasons } from './ApprovalReasons';
import { CommentedPlanView } from './CommentedPlanView';
import { PlanComments } from './Comments';
import { PlanDiff } from './PlanDiff';
import { ReviewActions } from './PlanReviewActions';
import { PLAN_STATUS_TONES } from './PlanStatus';
import { normalise } from './plan-model';

/**
 * The trainer's review of a plan: the plan read-only with comments on it and on single goals and
 * activities, what changed since the last submission, and "Begär ändringar" / "Godkänn" as the
 * plan's `allowed_actions` say (its assigned trainers, while it is submitted).
 */
export function PlanReview({
  certificationId,
  plan,
  comments,
  commentPages,
  canComment,
}: {
  certificationId: number;
  plan: Plan;
  comments: readonly PlanComment[];
  /** The pages of comments read so far, for "Visa fler". */
  commentPages?: LoadedComments;
  canComment: boolean;
}) {
  const { t, i18n } = useTranslation();
  const content = normalise(plan.content);
  // Only what is shown: the state's message and the changes since the last submission.
  const submitted = plan.status === 'submitted';
  const canRequestChanges = allows(plan, 'plan:request_changes');
  const canApprove = allows(plan, 'plan:approve');
  const [reasons, setReasons] = useState<ApprovalReason[] | null>(null);

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="review-title">
        <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id="review-title">
            {t('plan.review.title')}
          </Title>
          <StatusBadge
            tone={PLAN_STATUS_TONES[plan.status]}
            label={t(`plan.status.${plan.status}`)}
          />
        </Group>
        <Stack gap="sm">
          <Text size="sm">
            {t('plan.editor.meta', {
              version: plan.version,
              at: formatDateTime(plan.updated_at, i18n.language),
              name: plan.updated_by_name ?? '–',
            })}
          </Text>
          {!submitted && (
            <Text data-testid="review-not-submitted">{t(`plan.review.state.${plan.status}`)}</Text>
          )}
          {reasons && <ApprovalReasons reasons={reasons} content={content} />}
          {(canRequestChanges || canApprove) && (
            <ReviewActions
              certificationId={certificationId}
              plan={plan}
              canRequestChanges={canRequestChanges}
              canApprove={canApprove}
              onRefused={setReasons}
              onDone={() => setReasons(null)}
            />
          )}
        </Stack>
      </Paper>

      {submitted && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="diff-title">
          <Title order={2} size="h3" id="diff-title" mb="sm">
            {t('plan.review.diffTitle')}
          </Title>
          <SinceLastSubmission certificationId={certificationId} plan={plan} />
        </Paper>
      )}

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="plan-read-title">
        <Title order={2} size="h3" id="plan-read-title" mb="sm">
          {t('plan.review.planTitle', { version: plan.version })}
        </Title>
        <CommentedPlanView
          content={content}
          headingLevel={3}
          certificationId={certificationId}
          comments={comments}
          canComment={canComment}
        />
      </Paper>

      <PlanComments
        certificationId={certificationId}
        comments={comments}
        canComment={canComment}
        paging={commentPages}
      />
    </Stack>
  );
}

function SinceLastSubmission({ certificationId, plan }: { certificationId: number; plan: Plan }) {
  const { t } = useTranslation();
  const diff = usePlanDiff(certificationId, 'last_submitted', plan.version);
  // Version 0 is the empty plan: on the first submission everything is new.
  const fromVersion = diff.data?.from_version || null;
  const from = usePlanVersion(certificationId, fromVersion);
  if (diff.isPending) return <Loading />;
  if (diff.isError) {
    return <ErrorAlert error={diff.error} />;
  }
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid={fromVersion === null ? 'plan-diff-first' : undefined}>
        {fromVersion === null
          ? t('plan.review.firstSubmission')
          : t('plan.diff.between', { from: diff.data.from_version, to: diff.data.to_version })}
      </Text>
      <PlanDiff changes={diff.data.changes} contents={[plan.content, from.data?.content]} />
    </Stack>
  );
}
