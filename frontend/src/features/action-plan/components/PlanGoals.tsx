import { useTranslation } from 'react-i18next';
import { ItemComments } from './CommentedPlanView';
import { GoalFields } from './PlanFields';
import { PlanItemList, type PlanItemsProps } from './PlanItemList';
import { fieldErrors } from './plan-editing';
import { addGoal, removeGoal, updateGoal } from './plan-model';

/** "Mål" in the editor: each goal's fields with its comments, and "Lägg till mål". */
export function PlanGoals({ draft, setDraft, issues, canComment, ...commenting }: PlanItemsProps) {
  const { t } = useTranslation();
  return (
    <PlanItemList
      section="goals"
      items={draft.goals}
      empty={t('plan.noGoals')}
      addLabel={t('plan.addGoal')}
      onAdd={() => setDraft((d) => addGoal(d))}
    >
      {(g, i) => (
        <GoalFields
          goal={g}
          index={i}
          errors={fieldErrors(issues, `goals.${i}.`)}
          onChange={(patch) => setDraft((d) => updateGoal(d, g.id, patch))}
          onRemove={() => setDraft((d) => removeGoal(d, g.id))}
        >
          <ItemComments
            {...commenting}
            target="goal"
            item={g}
            index={i}
            canComment={canComment(g.id)}
          />
        </GoalFields>
      )}
    </PlanItemList>
  );
}
