import { Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageCheckedTextarea } from '@/components/LanguageCheckedField';
import { NumberField } from '@/components/NumberField';
import { ASSESSMENTS, type Assessment, type PlanGoal } from '../api/types';
import classes from './follow-ups.module.css';
import { GoalFacts, goalLegend } from './GoalFacts';
import { type GoalDraft, type ReportDraft, updateGoalReport } from './report-model';

/** One goal of the report: what the plan says, the current value, the assessment, a comment. */
function GoalReportFields({
  goal,
  index,
  entry,
  onChange,
}: {
  goal: PlanGoal;
  index: number;
  entry: GoalDraft;
  onChange: (patch: Partial<Omit<GoalDraft, 'goal_id'>>) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className={classes.fieldset} data-testid="goal-report">
      <legend className={classes.legend}>{goalLegend(t, goal, index)}</legend>
      <Stack gap="sm">
        <GoalFacts goal={goal} />
        <NumberField
          label={t('followUps.report.currentValue')}
          description={goal.unit ? t('followUps.report.unit', { unit: goal.unit }) : undefined}
          value={entry.current_value}
          onChange={(current_value) => onChange({ current_value })}
        />
        <Radio.Group
          label={t('followUps.report.assessment')}
          description={t('followUps.report.assessmentHint')}
          value={entry.assessment ?? ''}
          onChange={(value) => onChange({ assessment: value as Assessment })}
        >
          <Stack gap={6} mt={6}>
            {ASSESSMENTS.map((a) => (
              <Radio key={a} value={a} label={t(`followUps.assessment.${a}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <LanguageCheckedTextarea
          label={t('followUps.report.comment')}
          value={entry.comment}
          onChange={(comment) => onChange({ comment })}
          autosize
          minRows={2}
        />
      </Stack>
    </fieldset>
  );
}

/** "Mål": every goal of the approved plan, in the plan's order. */
export function ReportGoals({
  goals,
  draft,
  setDraft,
}: {
  goals: readonly PlanGoal[];
  draft: ReportDraft;
  setDraft: (update: (d: ReportDraft) => ReportDraft) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="report-goals-title">
      <Title order={3} size="h4" id="report-goals-title" mb="xs">
        {t('followUps.report.goalsTitle')}
      </Title>
      <Stack gap="md">
        {goals.length === 0 && <Text>{t('plan.noGoals')}</Text>}
        {goals.map((goal, i) => {
          const entry = draft.goals.find((g) => g.goal_id === goal.id);
          if (!entry) return null;
          return (
            <GoalReportFields
              key={goal.id}
              goal={goal}
              index={i}
              entry={entry}
              onChange={(patch) => setDraft((d) => updateGoalReport(d, goal.id, patch))}
            />
          );
        })}
      </Stack>
    </section>
  );
}
