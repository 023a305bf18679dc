import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { isApiError } from '@/lib/api';
import { allows } from '@/lib/authorization';
import { usePlanComments } from '../api/get-comments';
import { usePlan } from '../api/get-plan';
import { PlanComments } from './Comments';
import { PlanEditor } from './PlanEditor';
import { PlanReview } from './PlanReview';

/**
 * The action plan of a certification: the working group's editor (`mode="edit"`) or the trainer's
 * review (`mode="review"`), each with the comments. What may be done (edit, submit, ask for
 * changes, approve, comment) is the plan's `allowed_actions`, which weigh its status too.
 */
export function ActionPlan({
  certificationId,
  mode,
}: {
  certificationId: number;
  mode: 'edit' | 'review';
}) {
  const { t } = useTranslation();
  const plan = usePlan(certificationId);
  const comments = usePlanComments(certificationId);
  if (isApiError(plan.error, 404)) return <Text>{t('plan.none')}</Text>;
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  const list = comments.comments;
  const canComment = allows(plan.data, 'plan:comment');

  if (mode === 'review') {
    return (
      <Stack gap="lg">
        <ErrorAlert error={comments.error} />
        <PlanReview
          certificationId={certificationId}
          plan={plan.data}
          comments={list}
          commentPages={comments}
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
        canEdit={allows(plan.data, 'plan:edit')}
        canSubmit={allows(plan.data, 'plan:submit')}
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
