import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '@/api/get-settings';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { StatusBadge } from '@/components/StatusBadge';
import { useConfirmAction } from '@/hooks/use-confirm-action';
import { allows } from '@/lib/authorization';
import { applyServerErrors, EMAIL_RE } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useMembers } from '../api/get-members';
import { useInviteMember } from '../api/invite-member';
import { useRemoveMember } from '../api/remove-member';
import type { Member, MemberInvite, Organisation } from '../api/types';

/**
 * The working group: members (invited and active), the server's size rule (3–8 by default), invite
 * and remove as the organisation's `allowed_actions` say.
 */
export function MembersSection({
  organisation,
}: {
  organisation: Pick<Organisation, 'id' | 'allowed_actions'>;
}) {
  const { t } = useTranslation();
  const organisationId = organisation.id;
  const canInvite = allows(organisation, 'members:invite');
  const canRemove = allows(organisation, 'members:remove');
  const members = useMembers(organisationId);
  const settings = useSettings();
  const [removing, setRemoving] = useState<Member | null>(null);
  const count = members.data?.length ?? 0;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="wg-title">
      <Title order={2} size="h3" id="wg-title" mb="sm">
        {t('workingGroup.title')}
      </Title>
      {members.isPending || settings.isPending ? (
        <Loading />
      ) : members.isError || settings.isError ? (
        <ErrorAlert error={members.error ?? settings.error} />
      ) : (
        <Stack>
          <Text>{t('workingGroup.count', { count, max: settings.data.working_group_max })}</Text>
          {count < settings.data.working_group_min && (
            <Alert
              color="yellow"
              title={t('workingGroup.tooFewTitle')}
              data-testid="too-few-members"
            >
              {t('workingGroup.tooFew', { min: settings.data.working_group_min })}
            </Alert>
          )}
          <ScrollTable minWidth={560} label={t('workingGroup.title')}>
            <Table striped data-testid="members-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('workingGroup.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('workingGroup.fields.email')}</Table.Th>
                  <Table.Th scope="col">{t('workingGroup.fields.role')}</Table.Th>
                  <Table.Th scope="col">{t('workingGroup.fields.status')}</Table.Th>
                  {canRemove && (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.full_name}</Table.Td>
                    <Table.Td>{m.email}</Table.Td>
                    <Table.Td>{t(`memberRoles.${m.member_role}`)}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={m.status} label={t(`memberStatus.${m.status}`)} />
                    </Table.Td>
                    {canRemove && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="outline"
                          color="red.9"
                          onClick={() => setRemoving(m)}
                          aria-label={t('workingGroup.removeNamed', { name: m.full_name })}
                        >
                          {t('workingGroup.remove')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {canInvite && (
            <InviteMemberForm
              organisationId={organisationId}
              max={settings.data.working_group_max}
              full={count >= settings.data.working_group_max}
            />
          )}
        </Stack>
      )}
      <RemoveMemberDialog
        organisationId={organisationId}
        member={removing}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
}

function InviteMemberForm({
  organisationId,
  max,
  full,
}: {
  organisationId: number;
  max: number;
  full: boolean;
}) {
  const { t } = useTranslation();
  const invite = useInviteMember(organisationId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<MemberInvite>({
    initialValues: { email: '', full_name: '', member_role: 'member' },
    validate: {
      email: (v) => (EMAIL_RE.test(v.trim()) ? null : t('validation.email')),
      full_name: (v) => (v.trim() ? null : t('validation.required')),
    },
  });

  const submit = form.onSubmit((values) => {
    setError(null);
    invite.mutate(
      { ...values, email: values.email.trim(), full_name: values.full_name.trim() },
      {
        onSuccess: (_data, vars) => {
          form.reset();
          notify(t('workingGroup.invited', { email: vars.email }));
        },
        onError: (e) => {
          if (!applyServerErrors(form, t, e)) setError(e);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="invite-member-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="invite-member-title">
          {t('workingGroup.invite')}
        </Title>
        {full && (
          <Alert color="blue" role="status">
            {t('workingGroup.full', { max })}
          </Alert>
        )}
        <ErrorAlert error={error} />
        <fieldset disabled={full} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={t('workingGroup.fields.email')}
              type="email"
              required
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <TextInput
              label={t('workingGroup.fields.name')}
              required
              autoComplete="off"
              {...form.getInputProps('full_name')}
            />
            <NativeSelect
              label={t('workingGroup.fields.role')}
              data={[
                { value: 'member', label: t('memberRoles.member') },
                { value: 'lead', label: t('memberRoles.lead') },
              ]}
              {...form.getInputProps('member_role')}
            />
          </SimpleGrid>
          <Group mt="sm">
            <Button type="submit" loading={invite.isPending} disabled={full}>
              {t('workingGroup.invite')}
            </Button>
          </Group>
        </fieldset>
      </Stack>
    </form>
  );
}

function RemoveMemberDialog({
  organisationId,
  member,
  onClose,
}: {
  organisationId: number;
  member: Member | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useConfirmAction(useRemoveMember(organisationId), onClose);
  return (
    <ConfirmDialog
      opened={member !== null}
      title={t('workingGroup.removeTitle')}
      confirmLabel={t('workingGroup.remove')}
      danger
      {...remove.dialogProps}
      onConfirm={() =>
        member &&
        remove.confirm(member.id, () =>
          notify(t('workingGroup.removed', { name: member.full_name })),
        )
      }
    >
      {t('workingGroup.removeConfirm', { name: member?.full_name ?? '' })}
    </ConfirmDialog>
  );
}
