import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { isApiError } from '@/lib/api';
import { usePlanComments } from '../api/comments';
import { usePlan } from '../api/plan';
import { PlanComments } from './Comments';
import { PlanEditor } from './PlanEditor';
import { PlanReview } from './PlanReview';

/**
 * The action plan of a certification: the working group's editor (`mode="edit"`) or the trainer's
 * review (`mode="review"`), each with the comments.
 */
export function ActionPlan({
  certificationId,
  mode,
  canEdit = false,
  canSubmit = false,
  canReview = false,
  canComment = false,
}: {
  certificationId: number;
  mode: 'edit' | 'review';
  canEdit?: boolean;
  canSubmit?: boolean;
  canReview?: boolean;
  canComment?: boolean;
}) {
  const { t } = useTranslation();
  const plan = usePlan(certificationId);
  const comments = usePlanComments(certificationId);
  if (isApiError(plan.error, 404)) return <Text>{t('plan.none')}</Text>;
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  const list = comments.comments;

  if (mode === 'review') {
    return (
      <Stack gap="lg">
        <ErrorAlert error={comments.error} />
        <PlanReview
          certificationId={certificationId}
          plan={plan.data}
          comments={list}
          commentPages={comments}
          canReview={canReview}
          canComment={canComment}
        />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <ErrorAlert error={comments.error} />
      <PlanEditor
        certificationId={certificationId}
        plan={plan.data}
        comments={list}
        canEdit={canEdit}
        canSubmit={canSubmit}
        canComment={canComment}
      />
      <PlanComments
        certificationId={certificationId}
        comments={list}
        canComment={canComment}
        paging={comments}
      />
    </Stack>
  );
}
