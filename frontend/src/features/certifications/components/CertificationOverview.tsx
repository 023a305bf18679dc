import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCertificationEvents } from '@/api/get-certification-events';
import { AnchorLink } from '@/components/AnchorLink';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { useConfirmAction } from '@/hooks/use-confirm-action';
import { isApiError } from '@/lib/api';
import { allows } from '@/lib/authorization';
import { formatDate, formatDateTime } from '@/lib/dates';
import { applyServerErrors } from '@/lib/form';
import { notify } from '@/lib/notify';
import { certificationKey } from '@/lib/query-keys';
import { useCancelCertification } from '../api/cancel-certification';
import type { Certification } from '../api/types';
import { useUpdateCertification } from '../api/update-certification';
import {
  AssignmentFields,
  type AssignmentValues,
  assignmentValidation,
  toAssignmentPayload,
} from './CertificationFields';
import { CertificationStatusBadge, momentsText, StageBadge } from './labels';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/**
 * Status, trainers and facts of a certification; changing the assignment and cancelling are
 * offered as its `allowed_actions` say (admins; cancelling only before it is certified).
 * `children` (the cycle's timeline) come between the facts and the status history.
 */
export function CertificationOverview({
  certification: c,
  showOrganisationLink,
  children,
}: {
  certification: Certification;
  showOrganisationLink: boolean;
  children?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const canEdit = allows(c, 'certification:update');
  const canCancel = allows(c, 'certification:cancel');
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="cert-facts-title">
        <Group justify="space-between" mb="sm" gap="sm">
          <Title order={2} size="h3" id="cert-facts-title">
            {t('certifications.overview.title')}
          </Title>
          {!editing && (
            <Group gap="sm">
              {canEdit && (
                <Button variant="outline" onClick={() => setEditing(true)}>
                  {t('certifications.overview.editAssignment')}
                </Button>
              )}
              {canCancel && (
                <Button variant="outline" color="red.9" onClick={() => setCancelling(true)}>
                  {t('certifications.cancel.open')}
                </Button>
              )}
            </Group>
          )}
        </Group>
        {editing ? (
          <EditAssignmentForm certification={c} onDone={() => setEditing(false)} />
        ) : (
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
            <Field label={t('certifications.fields.organisation')}>
              {showOrganisationLink ? (
                <AnchorLink
                  to="/organisations/$organisationId"
                  params={{ organisationId: c.organisation_id }}
                >
                  {c.organisation_name}
                </AnchorLink>
              ) : (
                c.organisation_name
              )}
            </Field>
            <Field label={t('certifications.fields.status')}>
              <CertificationStatusBadge t={t} status={c.status} />
            </Field>
            <Field label={t('certifications.fields.stage')}>
              <StageBadge t={t} stage={c.stage} />
            </Field>
            <Field label={t('certifications.fields.trainers')}>
              <span data-testid="cert-trainers">
                {c.trainers.map((tr) => tr.full_name).join(', ') || '–'}
              </span>
            </Field>
            <Field label={t('certifications.fields.groupSize')}>{c.group_size ?? '–'}</Field>
            <Field label={t('certifications.fields.scope')}>{c.scope || '–'}</Field>
            <Field label={t('certifications.fields.openedAt')}>
              {formatDate(c.opened_at, i18n.language)}
            </Field>
            <Field label={t('certifications.fields.momentsHeld')}>
              {momentsText(t, c.moments_held)}
            </Field>
            <Field label={t('certifications.fields.planStatus')}>
              {c.plan_status ? t(`plan.status.${c.plan_status}`) : '–'}
            </Field>
            <Field label={t('certifications.fields.certificateNumber')}>
              {c.certificate_number ?? '–'}
            </Field>
          </SimpleGrid>
        )}
      </Paper>
      {children}
      <StatusHistory certificationId={c.id} />
      {/* Mounted while it closes: after cancelling, the server no longer lists the action. */}
      <CancelCertificationDialog
        certification={c}
        opened={cancelling}
        onClose={() => setCancelling(false)}
      />
    </Stack>
  );
}

function CancelCertificationDialog({
  certification,
  opened,
  onClose,
}: {
  certification: Certification;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const cancel = useConfirmAction(useCancelCertification(certification.id), onClose);
  return (
    <ConfirmDialog
      opened={opened}
      title={t('certifications.cancel.title')}
      confirmLabel={t('certifications.cancel.submit')}
      danger
      {...cancel.dialogProps}
      reason={{
        label: t('certifications.cancel.reason'),
        description: t('certifications.cancel.reasonHint'),
        required: true,
        requiredMessage: t('certifications.cancel.reasonRequired'),
      }}
      onConfirm={(reason) => cancel.confirm(reason, () => notify(t('certifications.cancel.done')))}
    >
      {t('certifications.cancel.confirm', { name: certification.organisation_name })}
    </ConfirmDialog>
  );
}

function EditAssignmentForm({
  certification,
  onDone,
}: {
  certification: Certification;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateCertification(certification.id);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<AssignmentValues>({
    initialValues: {
      trainer_ids: certification.trainers.map((tr) => String(tr.id)),
      group_size: certification.group_size ?? '',
      scope: certification.scope ?? '',
    },
    validate: assignmentValidation(t),
  });
  const conflict = isApiError(error, 409) && error.code === 'version_conflict';

  const submit = form.onSubmit((values) => {
    setError(null);
    update.mutate(
      { version: certification.version, ...toAssignmentPayload(values) },
      {
        onSuccess: () => {
          notify(t('certifications.overview.saved'));
          onDone();
        },
        onError: (e) => {
          if (!applyServerErrors(form, t, e)) setError(e);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {conflict ? (
          <Alert color="orange" title={t('errors.version_conflict')} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('organisations.edit.conflictBody')}</Text>
              <Button
                size="xs"
                variant="outline"
                onClick={() => {
                  void queryClient.invalidateQueries({
                    queryKey: certificationKey(certification.id),
                  });
                  onDone();
                }}
              >
                {t('organisations.edit.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <ErrorAlert error={error} />
        )}
        <AssignmentFields form={form} />
        <FormActions onCancel={onDone} busy={update.isPending} />
      </Stack>
    </form>
  );
}

/** The status history: who moved the certification from which status to which, and why. */
export function StatusHistory({ certificationId }: { certificationId: number }) {
  const { t, i18n } = useTranslation();
  const events = useCertificationEvents(certificationId);
  const status = (s: string | null) => (s ? t(`certifications.status.${s}`) : '–');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="cert-history-title">
      <Title order={2} size="h3" id="cert-history-title" mb="sm">
        {t('certifications.history.title')}
      </Title>
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <ErrorAlert error={events.error} />
      ) : events.data.length === 0 ? (
        <Text>{t('certifications.history.empty')}</Text>
      ) : (
        <ScrollTable minWidth={600} label={t('certifications.history.title')}>
          <Table striped data-testid="status-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('certifications.history.at')}</Table.Th>
                <Table.Th scope="col">{t('certifications.history.change')}</Table.Th>
                <Table.Th scope="col">{t('certifications.history.by')}</Table.Th>
                <Table.Th scope="col">{t('certifications.history.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.data.map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: events have no ids; two may share a time
                <Table.Tr key={`${e.at}-${i}`}>
                  <Table.Td>{formatDateTime(e.at, i18n.language)}</Table.Td>
                  <Table.Td>
                    {e.from_status
                      ? t('certifications.history.fromTo', {
                          from: status(e.from_status),
                          to: status(e.to_status),
                        })
                      : status(e.to_status)}
                  </Table.Td>
                  <Table.Td>{e.actor_name ?? '–'}</Table.Td>
                  <Table.Td>{e.reason || '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}
