import {
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ClientSettings, useSettings } from '@/api/get-settings';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { isIsoDate } from '@/lib/dates';
import { applyServerErrors } from '@/lib/form';
import { notify } from '@/lib/notify';
import { usePlanTrainingDay } from '../api/plan-training-day';
import type { TrainingDay, TrainingDayWarning } from '../api/types';
import { combinationLabel } from './labels';
import { possibleCombinations } from './moments';

interface PlanValues {
  date: string;
  combination: string;
  location: string;
  notes: string;
}

interface Props {
  certificationId: number;
  days: TrainingDay[];
  onPlanned: (warnings: TrainingDayWarning[]) => void;
  onStart: () => void;
}

/**
 * Planning a training day: a date and one of the moment combinations still possible on it (given
 * the days already planned and the server's rules for the moments), a place and notes. `onStart`
 * clears the last warnings; `onPlanned` gets the API's new ones. Once every moment is planned it
 * says so instead.
 */
export function PlanDayForm(props: Props) {
  const settings = useSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorAlert error={settings.error} />;
  return <PlanDayFields {...props} rules={settings.data} />;
}

function PlanDayFields({
  certificationId,
  days,
  onPlanned,
  onStart,
  rules,
}: Props & { rules: ClientSettings }) {
  const { t } = useTranslation();
  const plan = usePlanTrainingDay(certificationId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<PlanValues>({
    initialValues: { date: '', combination: '', location: '', notes: '' },
    validate: {
      date: (v) => (isIsoDate(v) ? null : t('training.plan.dateRequired')),
      combination: (v) => (v ? null : t('training.plan.combinationRequired')),
    },
  });
  const remaining = possibleCombinations(rules, days);
  const date = isIsoDate(form.values.date) ? form.values.date : undefined;
  const possible = possibleCombinations(rules, days, date);
  // A combination that no longer fits the chosen date is dropped.
  const combination = possible.some((c) => c.key === form.values.combination)
    ? form.values.combination
    : '';

  const submit = form.onSubmit((values) => {
    setError(null);
    onStart();
    const chosen = possible.find((c) => c.key === combination);
    if (!chosen) {
      form.setFieldError('combination', t('training.plan.combinationRequired'));
      return;
    }
    plan.mutate(
      {
        date: values.date,
        moments: [...chosen.moments],
        location: values.location.trim(),
        notes: values.notes.trim(),
      },
      {
        onSuccess: (result) => {
          form.reset();
          notify(t('training.plan.saved'));
          onPlanned(result.warnings ?? []);
        },
        onError: (e) => {
          if (!applyServerErrors(form, t, e)) setError(e);
        },
      },
    );
  });

  if (remaining.length === 0) {
    return (
      <Text role="status" data-testid="all-moments-planned">
        {t('training.plan.allPlanned')}
      </Text>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="plan-day-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="plan-day-title">
          {t('training.plan.title')}
        </Title>
        <ErrorAlert error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('training.fields.date')}
            required
            {...form.getInputProps('date')}
          />
          <NativeSelect
            label={t('training.fields.combination')}
            required
            description={date && possible.length === 0 ? t('training.plan.noneOnDate') : undefined}
            data={[
              { value: '', label: t('training.plan.chooseCombination') },
              ...possible.map((c) => ({ value: c.key, label: combinationLabel(t, c.moments) })),
            ]}
            {...form.getInputProps('combination')}
            value={combination}
          />
          <TextInput
            label={t('training.fields.location')}
            autoComplete="off"
            {...form.getInputProps('location')}
          />
          <TextInput
            label={t('training.fields.notes')}
            autoComplete="off"
            {...form.getInputProps('notes')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={plan.isPending}>
            {t('training.plan.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
