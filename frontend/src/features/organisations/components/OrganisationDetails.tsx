import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { errorDetail, isApiError } from '@/lib/api';
import { allows } from '@/lib/authorization';
import { applyServerErrors } from '@/lib/form';
import { organisationQueryOptions } from '../api/get-organisation';
import { type Organisation, organisationKeys } from '../api/types';
import { useUpdateOrganisation } from '../api/update-organisation';
import {
  OrganisationFields,
  type OrganisationFormValues,
  organisationValidation,
  toPayload,
} from './OrganisationFields';
import { sectorLabel } from './SectorLabel';

/**
 * The organisation as it stands now, from a 409 version_conflict. The contract gives `current` as
 * any object in the route's read model: it is taken when it is this organisation, with a version.
 */
function currentOf(error: unknown, id: number): Organisation | undefined {
  const current = errorDetail(error, 'version_conflict')?.current;
  return isOrganisation(current, id) ? current : undefined;
}

function isOrganisation(value: unknown, id: number): value is Organisation {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    value.id === id &&
    'version' in value &&
    typeof value.version === 'number'
  );
}

function toValues(o: Organisation): OrganisationFormValues {
  return {
    name: o.name,
    org_number: o.org_number,
    sector: o.sector,
    contact_name: o.contact_name,
    contact_email: o.contact_email,
    contact_phone: o.contact_phone ?? '',
  };
}

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <Text component="dt" fw={600} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value || '–'}
      </Text>
    </div>
  );
}

/**
 * An organisation's data, with an edit form when its `allowed_actions` has `organisation:update`
 * (sends `version`; handles 409).
 */
export function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const canEdit = allows(organisation, 'organisation:update');

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="org-details-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="org-details-title">
          {t('organisations.detail.details')}
        </Title>
        {canEdit && !editing && (
          <Button variant="outline" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )}
      </Group>
      {editing ? (
        <EditOrganisationForm organisation={organisation} onDone={() => setEditing(false)} />
      ) : (
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
          <Field label={t('organisations.fields.orgNumber')} value={organisation.org_number} />
          <Field
            label={t('organisations.fields.sector')}
            value={sectorLabel(t, organisation.sector)}
          />
          <Field label={t('organisations.fields.contactName')} value={organisation.contact_name} />
          <Field
            label={t('organisations.fields.contactEmail')}
            value={organisation.contact_email}
          />
          <Field
            label={t('organisations.fields.contactPhone')}
            value={organisation.contact_phone}
          />
        </SimpleGrid>
      )}
    </Paper>
  );
}

function EditOrganisationForm({
  organisation,
  onDone,
}: {
  organisation: Organisation;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateOrganisation(organisation.id);
  const [error, setError] = useState<unknown>(null);
  const [base, setBase] = useState(organisation);
  const form = useForm<OrganisationFormValues>({
    initialValues: toValues(organisation),
    validate: organisationValidation(t),
  });
  const conflict = isApiError(error, 409) && error.code === 'version_conflict';

  const submit = form.onSubmit((values) => {
    setError(null);
    update.mutate(
      { ...toPayload(values), version: base.version },
      {
        onSuccess: onDone,
        onError: (e) => {
          if (!applyServerErrors(form, t, e)) setError(e);
        },
      },
    );
  });

  /** Takes the server's current object (from the 409 body, or refetched) as the new base. */
  const reload = async () => {
    let current = currentOf(error, organisation.id);
    if (current) {
      queryClient.setQueryData(organisationKeys.detail(organisation.id), current);
    } else {
      current = await queryClient
        .fetchQuery({ ...organisationQueryOptions(organisation.id), staleTime: 0 })
        .catch(() => undefined);
    }
    if (current) {
      setBase(current);
      form.setValues(toValues(current));
      form.resetDirty(toValues(current));
    }
    setError(null);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {conflict ? (
          <Alert color="orange" title={t('errors.version_conflict')} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('organisations.edit.conflictBody')}</Text>
              <Button size="xs" variant="outline" onClick={() => void reload()}>
                {t('organisations.edit.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <ErrorAlert error={error} />
        )}
        <OrganisationFields form={form} />
        <FormActions onCancel={onDone} busy={update.isPending} />
      </Stack>
    </form>
  );
}
