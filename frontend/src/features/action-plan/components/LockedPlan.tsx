import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanComment } from '../api/types';
import { CommentedPlanView } from './CommentedPlanView';
import { normalise } from './plan-model';

/** A submitted or approved plan: read-only, with the reason, and the comments on each item. */
export function LockedPlan({
  certificationId,
  plan,
  comments,
  canComment,
}: {
  certificationId: number;
  plan: Plan;
  comments: readonly PlanComment[];
  canComment: boolean;
}) {
  const { t } = useTranslation();
  const approved = plan.status === 'approved';
  return (
    <Stack gap="lg">
      <Alert
        color="blue"
        title={t(approved ? 'plan.locked.approvedTitle' : 'plan.locked.title')}
        data-testid="plan-locked"
      >
        {t(approved ? 'plan.locked.approved' : 'plan.locked.submitted')}
      </Alert>
      <CommentedPlanView
        content={normalise(plan.content)}
        certificationId={certificationId}
        comments={comments}
        canComment={canComment}
      />
    </Stack>
  );
}
