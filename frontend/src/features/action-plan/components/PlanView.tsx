import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Goal, PlanContent } from '../api/types';
import { activityName, fieldLabel, formatValue, goalName } from './describe';
import classes from './plan.module.css';

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

/** A plan, read-only: vision, goals and activities; `goalExtra`/`activityExtra` add comments. */
export function PlanView({
  content,
  goalExtra,
  activityExtra,
  headingLevel = 2,
}: {
  content: PlanContent;
  goalExtra?: (goal: Goal, index: number) => ReactNode;
  activityExtra?: (activity: Activity, index: number) => ReactNode;
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const v = (value: unknown, field?: string) =>
    formatValue(t, value, i18n.language, field, [content]);
  const sub = (headingLevel + 1) as 3 | 4;
  return (
    <Stack gap="lg" data-testid="plan-view">
      <section aria-labelledby="plan-view-vision">
        <Title order={headingLevel} size="h3" id="plan-view-vision" mb="xs">
          {t('plan.fields.vision')}
        </Title>
        <Text className={classes.preWrap}>{content.vision || t('plan.noVision')}</Text>
      </section>
      <section aria-labelledby="plan-view-goals">
        <Title order={headingLevel} size="h3" id="plan-view-goals" mb="xs">
          {t('plan.sections.goals')}
        </Title>
        {content.goals.length === 0 && <Text>{t('plan.noGoals')}</Text>}
        <Stack gap="sm">
          {content.goals.map((g, i) => (
            <Paper
              key={g.id}
              withBorder
              p="sm"
              radius="md"
              component="article"
              aria-labelledby={`goal-view-${g.id}`}
              data-testid="goal-view"
            >
              <Title order={sub} size="h4" id={`goal-view-${g.id}`} mb="xs">
                {goalName(t, g, i)}
              </Title>
              <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="xs" m={0} mb="xs">
                <Field label={fieldLabel(t, 'indicator')}>{v(g.indicator)}</Field>
                <Field label={fieldLabel(t, 'unit')}>{v(g.unit)}</Field>
                <Field label={fieldLabel(t, 'responsible')}>{v(g.responsible)}</Field>
                <Field label={fieldLabel(t, 'baseline')}>{v(g.baseline)}</Field>
                <Field label={fieldLabel(t, 'target')}>{v(g.target)}</Field>
                <Field label={fieldLabel(t, 'deadline')}>{v(g.deadline)}</Field>
                <Field label={fieldLabel(t, 'grounds')}>{v(g.grounds, 'grounds')}</Field>
              </SimpleGrid>
              {goalExtra?.(g, i)}
            </Paper>
          ))}
        </Stack>
      </section>
      <section aria-labelledby="plan-view-activities">
        <Title order={headingLevel} size="h3" id="plan-view-activities" mb="xs">
          {t('plan.sections.activities')}
        </Title>
        {content.activities.length === 0 && <Text>{t('plan.noActivities')}</Text>}
        <Stack gap="sm">
          {content.activities.map((a, i) => (
            <Paper
              key={a.id}
              withBorder
              p="sm"
              radius="md"
              component="article"
              aria-labelledby={`activity-view-${a.id}`}
              data-testid="activity-view"
            >
              <Title order={sub} size="h4" id={`activity-view-${a.id}`} mb="xs">
                {activityName(t, a, i)}
              </Title>
              <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="xs" m={0} mb="xs">
                <Field label={fieldLabel(t, 'description')}>{v(a.description)}</Field>
                <Field label={fieldLabel(t, 'responsible')}>{v(a.responsible)}</Field>
                <Field label={fieldLabel(t, 'status')}>{v(a.status, 'status')}</Field>
                <Field label={fieldLabel(t, 'start_date')}>{v(a.start_date)}</Field>
                <Field label={fieldLabel(t, 'due_date')}>{v(a.due_date)}</Field>
                <Field label={fieldLabel(t, 'goal_ids')}>{v(a.goal_ids, 'goal_ids')}</Field>
              </SimpleGrid>
              {activityExtra?.(a, i)}
            </Paper>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
