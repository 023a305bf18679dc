import { useTranslation } from 'react-i18next';
import type { Activity, Goal, PlanComment, PlanContent } from '../api/types';
import { TargetComments } from './Comments';
import { activityName, goalName } from './describe';
import { PlanView } from './PlanView';

interface Commenting {
  certificationId: number;
  comments: readonly PlanComment[];
  canComment: boolean;
}

/** The comments on one goal or activity, named after it in their labels ("målet ”X”"). */
export function ItemComments(
  props: Commenting & { index: number } & (
      | { target: 'goal'; item: Goal }
      | { target: 'activity'; item: Activity }
    ),
) {
  const { t } = useTranslation();
  const name =
    props.target === 'goal'
      ? goalName(t, props.item, props.index)
      : activityName(t, props.item, props.index);
  return (
    <TargetComments
      certificationId={props.certificationId}
      comments={props.comments}
      target={props.target}
      targetId={props.item.id}
      canComment={props.canComment}
      name={name}
    />
  );
}

/** A plan read-only (a submitted, approved or reviewed one), with the comments on each item. */
export function CommentedPlanView({
  content,
  headingLevel,
  ...commenting
}: Commenting & { content: PlanContent; headingLevel?: 2 | 3 }) {
  return (
    <PlanView
      content={content}
      headingLevel={headingLevel}
      goalExtra={(g, i) => <ItemComments {...commenting} target="goal" item={g} index={i} />}
      activityExtra={(a, i) => (
        <ItemComments {...commenting} target="activity" item={a} index={i} />
      )}
    />
  );
}
