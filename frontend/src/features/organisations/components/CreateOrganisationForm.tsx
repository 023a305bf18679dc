import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { applyServerErrors } from '@/lib/form';
import { useCreateOrganisation } from '../api/create-organisation';
import type { Organisation } from '../api/types';
import {
  emptyOrganisation,
  OrganisationFields,
  type OrganisationFormValues,
  organisationValidation,
  toPayload,
} from './OrganisationFields';

export function CreateOrganisationForm({
  onCreated,
  onCancel,
}: {
  onCreated: (organisation: Organisation) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<OrganisationFormValues>({
    initialValues: emptyOrganisation,
    validate: organisationValidation(t),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit((values) => {
    setError(null);
    create.mutate(toPayload(values), {
      onSuccess: onCreated,
      onError: (e) => {
        if (!applyServerErrors(form, t, e)) setError(e);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={error} />
        <OrganisationFields form={form} />
        <FormActions
          onCancel={onCancel}
          busy={create.isPending}
          submitLabel={t('organisations.create.submit')}
        />
      </Stack>
    </form>
  );
}
