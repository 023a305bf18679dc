import { useTranslation } from 'react-i18next';
import { ItemComments } from './CommentedPlanView';
import { ActivityFields } from './PlanFields';
import { PlanItemList, type PlanItemsProps } from './PlanItemList';
import { fieldErrors } from './plan-editing';
import { addActivity, removeActivity, updateActivity } from './plan-model';

/** "Aktiviteter" in the editor: each activity's fields with its comments, and "Lägg till aktivitet". */
export function PlanActivities({
  draft,
  setDraft,
  issues,
  canComment,
  ...commenting
}: PlanItemsProps) {
  const { t } = useTranslation();
  return (
    <PlanItemList
      section="activities"
      items={draft.activities}
      empty={t('plan.noActivities')}
      addLabel={t('plan.addActivity')}
      onAdd={() => setDraft((d) => addActivity(d))}
    >
      {(a, i) => (
        <ActivityFields
          activity={a}
          index={i}
          goals={draft.goals}
          errors={fieldErrors(issues, `activities.${i}.`)}
          onChange={(patch) => setDraft((d) => updateActivity(d, a.id, patch))}
          onRemove={() => setDraft((d) => removeActivity(d, a.id))}
        >
          <ItemComments
            {...commenting}
            target="activity"
            item={a}
            index={i}
            canComment={canComment(a.id)}
          />
        </ActivityFields>
      )}
    </PlanItemList>
  );
}
