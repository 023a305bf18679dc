import { SimpleGrid, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/dates';
import { formatValue } from '@/lib/numbers';
import type { PlanGoal } from '../api/types';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** What the plan says about a goal: indicator, baseline → target (unit), deadline. */
export function GoalFacts({ goal }: { goal: PlanGoal }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="xs" m={0}>
      <Field label={t('plan.fields.indicator')}>{goal.indicator || '–'}</Field>
      <Field label={t('followUps.report.baselineTarget')}>
        <span data-testid="baseline-target">
          {t('followUps.report.fromTo', {
            from: formatValue(goal.baseline ?? null, goal.unit, lang),
            to: formatValue(goal.target ?? null, goal.unit, lang),
          })}
        </span>
      </Field>
      <Field label={t('plan.fields.deadline')}>{formatDate(goal.deadline ?? null, lang)}</Field>
    </SimpleGrid>
  );
}

export function goalLegend(t: TFunction, goal: PlanGoal, i: number): string {
  return goal.title?.trim()
    ? t('plan.goalNamed', { title: goal.title.trim() })
    : t('plan.goalNumber', { n: i + 1 });
}

export function activityLegend(
  t: TFunction,
  activity: { description?: string | null },
  i: number,
): string {
  const d = activity.description?.trim();
  return d
    ? t('plan.activityNamed', { title: d.length > 60 ? `${d.slice(0, 57)}…` : d })
    : t('plan.activityNumber', { n: i + 1 });
}
