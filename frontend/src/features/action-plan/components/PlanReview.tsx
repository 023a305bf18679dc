import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { Loading } from '@/components/Loading';
import { StatusBadge } from '@/components/StatusBadge';
import { formatDateTime } from '@/lib/dates';
import { notify } from '@/lib/notify';
import type { LoadedComments } from '../api/comments';
import { usePlanDiff, usePlanVersion } from '../api/history';
import { useApprovePlan, useRequestChanges } from '../api/plan';
import type { ApprovalReason, Plan, PlanComment } from '../api/types';
import { ApprovalReasons, approvalReasonsOf } from './ApprovalReasons';
import { PlanComments, TargetComments } from './Comments';
import { activityName, goalName } from './describe';
import { PlanDiff } from './PlanDiff';
import { PLAN_STATUS_TONES } from './PlanStatus';
import { PlanView } from './PlanView';
import { normalise } from './plan-model';

/**
 * The trainer's review of a plan: the plan read-only with comments on it and on single goals and
 * activities, what changed since the last submission, and "Begär ändringar" / "Godkänn".
 */
export function PlanReview({
  certificationId,
  plan,
  comments,
  commentPages,
  canReview,
  canComment,
}: {
  certificationId: number;
  plan: Plan;
  comments: readonly PlanComment[];
  /** The pages of comments read so far, for "Visa fler". */
  commentPages?: LoadedComments;
  canReview: boolean;
  canComment: boolean;
}) {
  const { t, i18n } = useTranslation();
  const content = normalise(plan.content);
  const submitted = plan.status === 'submitted';
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
          {submitted && canReview && (
            <ReviewActions
              certificationId={certificationId}
              plan={plan}
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
        <PlanView
          content={content}
          headingLevel={3}
          goalExtra={(g, i) => (
            <TargetComments
              certificationId={certificationId}
              comments={comments}
              target="goal"
              targetId={g.id}
              canComment={canComment}
              name={goalName(t, g, i)}
            />
          )}
          activityExtra={(a, i) => (
            <TargetComments
              certificationId={certificationId}
              comments={comments}
              target="activity"
              targetId={a.id}
              canComment={canComment}
              name={activityName(t, a, i)}
            />
          )}
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

function ReviewActions({
  certificationId,
  plan,
  onRefused,
  onDone,
}: {
  certificationId: number;
  plan: Plan;
  onRefused: (reasons: ApprovalReason[]) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const requestChanges = useRequestChanges(certificationId);
  const approve = useApprovePlan(certificationId);
  const [dialog, setDialog] = useState<'changes' | 'approve' | null>(null);
  const [comment, setComment] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setDialog(null);
    setFieldError(null);
    setError(null);
  };

  return (
    <>
      <Alert color="blue" title={t('plan.review.waitingTitle')} data-testid="review-waiting">
        {t('plan.review.waiting')}
      </Alert>
      <ErrorAlert error={dialog ? null : error} />
      <Group gap="sm" wrap="wrap">
        <Button variant="outline" onClick={() => setDialog('changes')}>
          {t('plan.review.requestChanges')}
        </Button>
        <Button onClick={() => setDialog('approve')}>{t('plan.review.approve')}</Button>
      </Group>

      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={dialog === 'changes'}
        onClose={close}
        title={t('plan.review.requestChangesTitle')}
      >
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!comment.trim()) {
              setFieldError(t('plan.review.commentRequired'));
              return;
            }
            setError(null);
            requestChanges.mutate(
              { version: plan.version, comment: comment.trim() },
              {
                onSuccess: () => {
                  setComment('');
                  close();
                  onDone();
                  notify(t('plan.review.changesRequested'));
                },
                onError: setError,
              },
            );
          }}
        >
          <Stack>
            <Text size="sm">{t('plan.review.requestChangesIntro')}</Text>
            <ErrorAlert error={error} />
            <Textarea
              label={t('plan.review.comment')}
              value={comment}
              onChange={(e) => {
                setComment(e.currentTarget.value);
                setFieldError(null);
              }}
              error={fieldError}
              autosize
              minRows={3}
              required
              data-autofocus
            />
            <FormActions
              onCancel={close}
              busy={requestChanges.isPending}
              submitLabel={t('plan.review.requestChanges')}
            />
          </Stack>
        </form>
      </Modal>

      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={dialog === 'approve'}
        onClose={close}
        title={t('plan.review.approveTitle')}
      >
        <Stack>
          <Text>{t('plan.review.approveBody')}</Text>
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={approve.isPending}
              onClick={() =>
                approve.mutate(plan.version, {
                  onSuccess: (result) => {
                    close();
                    onDone();
                    notify(t('plan.review.approved', { number: result.certificate?.number ?? '' }));
                  },
                  onError: (e) => {
                    const reasons = approvalReasonsOf(e);
                    if (reasons) {
                      close();
                      onRefused(reasons);
                    } else {
                      setError(e);
                    }
                  },
                })
              }
            >
              {t('plan.review.approve')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
