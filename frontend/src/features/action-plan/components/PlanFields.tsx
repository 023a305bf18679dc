import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxFieldset } from '@/components/CheckboxFieldset';
import {
  LanguageCheckedTextarea,
  LanguageCheckedTextInput,
} from '@/components/LanguageCheckedField';
import { NumberField } from '@/components/NumberField';
import { ACTIVITY_STATUSES, type Activity, type Goal, GROUNDS } from '../api/types';
import { fieldLabel, goalName } from './describe';
import classes from './plan.module.css';
import { missingGoalFields } from './plan-model';

type Errors = Record<string, string>;

export function GoalFields({
  goal,
  index,
  onChange,
  onRemove,
  errors = {},
  children,
}: {
  goal: Goal;
  index: number;
  onChange: (patch: Partial<Goal>) => void;
  onRemove: () => void;
  errors?: Errors;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  const missing = missingGoalFields(goal);
  return (
    <fieldset className={classes.fieldset} data-testid="goal-fields">
      <legend className={classes.legend}>{t('plan.goalNumber', { n })}</legend>
      <Stack gap="sm">
        <LanguageCheckedTextInput
          label={fieldLabel(t, 'title')}
          value={goal.title}
          onChange={(title) => onChange({ title })}
          error={errors.title}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <LanguageCheckedTextInput
            label={fieldLabel(t, 'indicator')}
            description={t('plan.hints.indicator')}
            value={goal.indicator}
            onChange={(indicator) => onChange({ indicator })}
            error={errors.indicator}
          />
          <LanguageCheckedTextInput
            label={fieldLabel(t, 'unit')}
            description={t('plan.hints.unit')}
            value={goal.unit}
            onChange={(unit) => onChange({ unit })}
            error={errors.unit}
          />
          <NumberField
            label={fieldLabel(t, 'baseline')}
            value={goal.baseline ?? null}
            onChange={(baseline) => onChange({ baseline })}
            error={errors.baseline}
          />
          <NumberField
            label={fieldLabel(t, 'target')}
            value={goal.target ?? null}
            onChange={(target) => onChange({ target })}
            error={errors.target}
          />
          <TextInput
            type="date"
            label={fieldLabel(t, 'deadline')}
            value={goal.deadline ?? ''}
            onChange={(e) => onChange({ deadline: e.currentTarget.value || null })}
            error={errors.deadline}
          />
          <LanguageCheckedTextInput
            label={fieldLabel(t, 'responsible')}
            value={goal.responsible}
            onChange={(responsible) => onChange({ responsible })}
            error={errors.responsible}
          />
        </SimpleGrid>
        <CheckboxFieldset
          legend={fieldLabel(t, 'grounds')}
          options={GROUNDS.map((g) => ({ value: g, label: t(`plan.grounds.${g}`) }))}
          value={goal.grounds}
          onChange={(grounds) => onChange({ grounds: grounds as Goal['grounds'] })}
          cols={2}
          error={errors.grounds}
        />
        {missing.length > 0 && (
          <Text size="sm" data-testid="goal-missing">
            {t('plan.hints.neededForApproval', {
              fields: missing.map((f) => fieldLabel(t, f).toLowerCase()).join(', '),
            })}
          </Text>
        )}
        <Group>
          <Button
            variant="outline"
            color="red.9"
            size="compact-sm"
            onClick={onRemove}
            aria-label={t('plan.removeGoalNamed', { n })}
          >
            {t('plan.removeGoal')}
          </Button>
        </Group>
        {children}
      </Stack>
    </fieldset>
  );
}

export function ActivityFields({
  activity,
  index,
  goals,
  onChange,
  onRemove,
  errors = {},
  children,
}: {
  activity: Activity;
  index: number;
  goals: readonly Goal[];
  onChange: (patch: Partial<Activity>) => void;
  onRemove: () => void;
  errors?: Errors;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  return (
    <fieldset className={classes.fieldset} data-testid="activity-fields">
      <legend className={classes.legend}>{t('plan.activityNumber', { n })}</legend>
      <Stack gap="sm">
        <LanguageCheckedTextarea
          label={fieldLabel(t, 'description')}
          value={activity.description}
          onChange={(description) => onChange({ description })}
          error={errors.description}
          autosize
          minRows={2}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <LanguageCheckedTextInput
            label={fieldLabel(t, 'responsible')}
            value={activity.responsible}
            onChange={(responsible) => onChange({ responsible })}
            error={errors.responsible}
          />
          <NativeSelect
            label={fieldLabel(t, 'status')}
            value={activity.status}
            onChange={(e) => onChange({ status: e.currentTarget.value as Activity['status'] })}
            data={ACTIVITY_STATUSES.map((s) => ({
              value: s,
              label: t(`plan.activityStatus.${s}`),
            }))}
          />
          <TextInput
            type="date"
            label={fieldLabel(t, 'start_date')}
            value={activity.start_date ?? ''}
            onChange={(e) => onChange({ start_date: e.currentTarget.value || null })}
            error={errors.start_date}
          />
          <TextInput
            type="date"
            label={fieldLabel(t, 'due_date')}
            value={activity.due_date ?? ''}
            onChange={(e) => onChange({ due_date: e.currentTarget.value || null })}
            error={errors.due_date}
          />
        </SimpleGrid>
        {goals.length === 0 ? (
          <Text size="sm">{t('plan.hints.noGoalsToLink')}</Text>
        ) : (
          <CheckboxFieldset
            legend={fieldLabel(t, 'goal_ids')}
            description={t('plan.hints.linkGoals')}
            options={goals.map((g, i) => ({ value: g.id, label: goalName(t, g, i) }))}
            value={activity.goal_ids}
            onChange={(goal_ids) => onChange({ goal_ids })}
            error={errors.goal_ids}
          />
        )}
        <Group>
          <Button
            variant="outline"
            color="red.9"
            size="compact-sm"
            onClick={onRemove}
            aria-label={t('plan.removeActivityNamed', { n })}
          >
            {t('plan.removeActivity')}
          </Button>
        </Group>
        {children}
      </Stack>
    </fieldset>
  );
}
