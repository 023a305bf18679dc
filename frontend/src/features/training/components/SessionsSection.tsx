import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessions } from '@/api/get-sessions';
import { ErrorAlert } from '@/components/ErrorAlert';
import { IcsLink } from '@/components/IcsLink';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { formatDate, isIsoDate } from '@/lib/dates';
import { applyServerErrors } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useCreateSession } from '../api/create-session';
import { MAX_WORKSHOPS, SESSION_KINDS, type Session, type SessionKind } from '../api/types';
import { EditSessionDialog, RemoveSessionDialog } from './SessionDialogs';

/**
 * Workshops with the working group (at most two) and remote supervision sessions: add, change
 * (date, notes) and remove. `workshop` adds content under the table for each workshop (the
 * routes pass the live feature's exercise results).
 */
export function SessionsSection({
  certificationId,
  canManage,
  workshop,
}: {
  certificationId: number;
  canManage: boolean;
  workshop?: (session: Session) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const sessions = useSessions(certificationId);
  const [removing, setRemoving] = useState<Session | null>(null);
  const [editingId, setEditingId] = useState<number | null>(null);
  // The session as read now: after a conflict the list is read again and the dialog follows.
  const editing = sessions.data?.find((s) => s.id === editingId) ?? null;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="sessions-title">
      <Title order={2} size="h3" id="sessions-title" mb="sm">
        {t('sessions.title')}
      </Title>
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <ErrorAlert error={sessions.error} />
      ) : (
        <Stack>
          <Text size="sm">{t('sessions.intro', { max: MAX_WORKSHOPS })}</Text>
          {sessions.data.length === 0 ? (
            <Text>{t('sessions.empty')}</Text>
          ) : (
            <ScrollTable minWidth={640} label={t('sessions.title')}>
              <Table striped data-testid="sessions-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('sessions.fields.date')}</Table.Th>
                    <Table.Th scope="col">{t('sessions.fields.kind')}</Table.Th>
                    <Table.Th scope="col">{t('sessions.fields.notes')}</Table.Th>
                    <Table.Th scope="col">{t('training.fields.calendar')}</Table.Th>
                    {canManage && (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sessions.data.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>{formatDate(s.date, i18n.language)}</Table.Td>
                      <Table.Td>{t(`sessions.kinds.${s.kind}`)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{s.notes || '–'}</Table.Td>
                      <Table.Td>
                        <IcsLink
                          kind="session"
                          id={s.id}
                          what={`${t(`sessions.kinds.${s.kind}`)} ${formatDate(s.date, i18n.language)}`}
                        />
                      </Table.Td>
                      {canManage && (
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <Button
                              size="compact-sm"
                              variant="outline"
                              onClick={() => setEditingId(s.id)}
                              aria-label={t('sessions.editNamed', {
                                kind: t(`sessions.kinds.${s.kind}`),
                                date: formatDate(s.date, i18n.language),
                              })}
                            >
                              {t('sessions.edit')}
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="outline"
                              color="red.9"
                              onClick={() => setRemoving(s)}
                              aria-label={t('sessions.removeNamed', {
                                kind: t(`sessions.kinds.${s.kind}`),
                                date: formatDate(s.date, i18n.language),
                              })}
                            >
                              {t('sessions.remove')}
                            </Button>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
          {workshop &&
            sessions.data
              .filter((s) => s.kind === 'workshop')
              .map((s) => <div key={s.id}>{workshop(s)}</div>)}
          {canManage && (
            <AddSessionForm
              certificationId={certificationId}
              workshops={sessions.data.filter((s) => s.kind === 'workshop').length}
            />
          )}
        </Stack>
      )}
      <EditSessionDialog
        certificationId={certificationId}
        session={editing}
        onClose={() => setEditingId(null)}
      />
      <RemoveSessionDialog
        certificationId={certificationId}
        session={removing}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
}

interface Values {
  kind: SessionKind;
  date: string;
  notes: string;
}

function AddSessionForm({
  certificationId,
  workshops,
}: {
  certificationId: number;
  workshops: number;
}) {
  const { t } = useTranslation();
  const create = useCreateSession(certificationId);
  const [error, setError] = useState<unknown>(null);
  const full = workshops >= MAX_WORKSHOPS;
  const form = useForm<Values>({
    initialValues: { kind: full ? 'supervision' : 'workshop', date: '', notes: '' },
    validate: {
      date: (v) => (isIsoDate(v) ? null : t('training.plan.dateRequired')),
      kind: (v) => (v === 'workshop' && full ? t('errors.too_many_workshops') : null),
    },
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    create.mutate(
      { kind: values.kind, date: values.date, notes: values.notes.trim() },
      {
        onSuccess: () => {
          form.setValues({ date: '', notes: '' });
          notify(t('sessions.added'));
        },
        onError: (e) => {
          if (!applyServerErrors(form, t, e)) setError(e);
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-session-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="add-session-title">
          {t('sessions.add')}
        </Title>
        <ErrorAlert error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('sessions.fields.kind')}
            description={full ? t('sessions.workshopsFull', { max: MAX_WORKSHOPS }) : undefined}
            data={SESSION_KINDS.map((k) => ({
              value: k,
              label: t(`sessions.kinds.${k}`),
              disabled: k === 'workshop' && full,
            }))}
            {...form.getInputProps('kind')}
          />
          <TextInput
            type="date"
            label={t('sessions.fields.date')}
            required
            {...form.getInputProps('date')}
          />
        </SimpleGrid>
        <Textarea
          label={t('sessions.fields.notes')}
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('sessions.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
