import { Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisations } from '@/api/get-organisations';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { isApiError } from '@/lib/api';
import { applyServerErrors } from '@/lib/form';
import { useCreateCertification } from '../api/create-certification';
import type { Certification } from '../api/types';
import {
  AssignmentFields,
  type AssignmentValues,
  assignmentValidation,
  toAssignmentPayload,
} from './CertificationFields';

interface Values extends AssignmentValues {
  organisation_id: string;
}

/**
 * Admin opens a certification: the organisation (a searchable list: type part of the name),
 * trainers, group size, scope.
 */
export function OpenCertificationForm({
  onCreated,
  onCancel,
}: {
  onCreated: (certification: Certification) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  // The organisations to open a certification for: the first 100 by name.
  const organisations = useOrganisations({ page: 1, pageSize: 100 });
  const create = useCreateCertification();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    initialValues: { organisation_id: '', trainer_ids: [], group_size: '', scope: '' },
    validate: {
      organisation_id: (v) => (v ? null : t('validation.required')),
      ...assignmentValidation(t),
    },
  });

  const submit = form.onSubmit((values) => {
    setError(null);
    create.mutate(
      { organisation_id: Number(values.organisation_id), ...toAssignmentPayload(values) },
      {
        onSuccess: onCreated,
        onError: (e) => {
          if (isApiError(e) && e.code === 'certification_exists') {
            form.setFieldError('organisation_id', t('errors.certification_exists'));
          } else if (!applyServerErrors(form, t, e)) {
            setError(e);
          }
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={error ?? organisations.error} />
        <Select
          // A fixed id: without it the label's `for` and the input's id differ (no accessible name).
          id="open-certification-organisation"
          label={t('certifications.fields.organisation')}
          description={t('certifications.open.organisationHint')}
          placeholder={t('certifications.open.chooseOrganisation')}
          required
          searchable
          nothingFoundMessage={t('certifications.open.noOrganisation')}
          maxDropdownHeight={280}
          data={(organisations.data?.items ?? []).map((o) => ({
            value: String(o.id),
            label: o.name,
          }))}
          {...form.getInputProps('organisation_id')}
          onChange={(value) => form.setFieldValue('organisation_id', value ?? '')}
        />
        <AssignmentFields form={form} />
        <FormActions
          onCancel={onCancel}
          busy={create.isPending}
          submitLabel={t('certifications.open.submit')}
        />
      </Stack>
    </form>
  );
}
