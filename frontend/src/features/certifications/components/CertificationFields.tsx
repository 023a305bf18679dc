import { NumberInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ROLE_CHOICES, useUsers } from '@/api/get-users';
import { CheckboxFieldset } from '@/components/CheckboxFieldset';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';

export interface AssignmentValues {
  trainer_ids: string[];
  group_size: number | string;
  scope: string;
}

export const assignmentValidation = (t: TFunction) => ({
  trainer_ids: (v: string[]) => (v.length > 0 ? null : t('certifications.open.trainerRequired')),
  group_size: (v: number | string) =>
    v === '' || (Number.isInteger(Number(v)) && Number(v) > 0)
      ? null
      : t('certifications.open.groupSizeInvalid'),
});

export function toAssignmentPayload(values: AssignmentValues) {
  return {
    trainer_ids: values.trainer_ids.map(Number),
    group_size: values.group_size === '' ? null : Number(values.group_size),
    scope: values.scope.trim(),
  };
}

/** Trainers (one or more), the training group's size and the scope. */
export function AssignmentFields<T extends AssignmentValues>({
  form,
}: {
  form: UseFormReturnType<T>;
}) {
  const { t } = useTranslation();
  // Admin only: the user list is an admin endpoint.
  const trainers = useUsers({ role: 'trainer', ...ROLE_CHOICES });
  const f = form as unknown as UseFormReturnType<AssignmentValues>;
  return (
    <>
      {trainers.isPending ? (
        <Loading />
      ) : trainers.isError ? (
        <ErrorAlert error={trainers.error} />
      ) : (
        <CheckboxFieldset
          legend={t('certifications.fields.trainers')}
          required
          testId="trainer-options"
          options={trainers.data.items
            .filter((u) => u.status !== 'deactivated')
            .map((u) => ({ value: String(u.id), label: `${u.full_name} (${u.email})` }))}
          value={f.values.trainer_ids}
          onChange={(v) => f.setFieldValue('trainer_ids', v)}
          error={f.errors.trainer_ids as string | undefined}
        />
      )}
      <NumberInput
        label={t('certifications.fields.groupSize')}
        description={t('certifications.fields.groupSizeHint')}
        min={1}
        allowDecimal={false}
        allowNegative={false}
        maw={240}
        {...f.getInputProps('group_size')}
      />
      <Textarea
        label={t('certifications.fields.scope')}
        description={t('certifications.fields.scopeHint')}
        autosize
        minRows={2}
        {...f.getInputProps('scope')}
      />
    </>
  );
}
