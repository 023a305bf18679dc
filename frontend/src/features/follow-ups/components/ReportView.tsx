import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '@/lib/numbers';
import type { FollowUp } from '../api/types';
import classes from './follow-ups.module.css';
import { activityLegend, GoalFacts, goalLegend } from './GoalFacts';
import { draftFrom } from './report-model';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0} className={classes.preWrap}>
        {children}
      </Text>
    </div>
  );
}

/** A follow-up report, read-only: what the trainer reviews and the group sees once submitted. */
export function ReportView({ followUp }: { followUp: FollowUp }) {
  const { t, i18n } = useTranslation();
  const report = draftFrom(followUp.plan, followUp.report);
  const plan = followUp.plan;
  return (
    <Stack gap="lg" data-testid="report-view">
      <section aria-labelledby="report-view-goals">
        <Title order={2} size="h3" id="report-view-goals" mb="xs">
          {t('followUps.report.goalsTitle')}
        </Title>
        <Stack gap="sm">
          {plan.goals.length === 0 && <Text>{t('plan.noGoals')}</Text>}
          {plan.goals.map((goal, i) => {
            const entry = report.goals.find((g) => g.goal_id === goal.id);
            return (
              <Paper
                key={goal.id}
                withBorder
                p="sm"
                radius="md"
                component="article"
                aria-labelledby={`goal-report-${goal.id}`}
                data-testid="goal-report-view"
              >
                <Title order={3} size="h4" id={`goal-report-${goal.id}`} mb="xs">
                  {goalLegend(t, goal, i)}
                </Title>
                <Stack gap="xs">
                  <GoalFacts goal={goal} />
                  <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="xs" m={0}>
                    <Field label={t('followUps.report.currentValue')}>
                      {formatValue(entry?.current_value ?? null, goal.unit, i18n.language)}
                    </Field>
                    <Field label={t('followUps.report.assessment')}>
                      {entry?.assessment
                        ? t(`followUps.assessment.${entry.assessment}`)
                        : t('followUps.report.notAssessed')}
                    </Field>
                    <Field label={t('followUps.report.comment')}>{entry?.comment || '–'}</Field>
                  </SimpleGrid>
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      </section>
      <section aria-labelledby="report-view-activities">
        <Title order={2} size="h3" id="report-view-activities" mb="xs">
          {t('followUps.report.activitiesTitle')}
        </Title>
        <Stack gap="sm">
          {plan.activities.length === 0 && <Text>{t('plan.noActivities')}</Text>}
          {plan.activities.map((activity, i) => {
            const entry = report.activities.find((a) => a.activity_id === activity.id);
            return (
              <Paper
                key={activity.id}
                withBorder
                p="sm"
                radius="md"
                component="article"
                aria-labelledby={`activity-report-${activity.id}`}
              >
                <Title order={3} size="h4" id={`activity-report-${activity.id}`} mb="xs">
                  {activityLegend(t, activity, i)}
                </Title>
                <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" m={0}>
                  <Field label={t('followUps.report.activityStatus')}>
                    {entry ? t(`plan.activityStatus.${entry.status}`) : '–'}
                  </Field>
                  <Field label={t('followUps.report.comment')}>{entry?.comment || '–'}</Field>
                </SimpleGrid>
              </Paper>
            );
          })}
        </Stack>
      </section>
      <section aria-labelledby="report-view-summary">
        <Title order={2} size="h3" id="report-view-summary" mb="xs">
          {t('followUps.report.summary')}
        </Title>
        <Text className={classes.preWrap}>{report.summary || '–'}</Text>
      </section>
    </Stack>
  );
}
