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
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { StatusBadge } from '@/components/StatusBadge';
import { useConfirmAction } from '@/hooks/use-confirm-action';
import { WORKING_GROUP_MAX, WORKING_GROUP_MIN } from '@/lib/authorization';
import { applyServerErrors, EMAIL_RE } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useMembers } from '../api/get-members';
import { useInviteMember } from '../api/invite-member';
import { useRemoveMember } from '../api/remove-member';
import type { Member, MemberInvite } from '../api/types';

interface Props {
  organisationId: number;
  canInvite: boolean;
  canRemove: boolean;
}

/** The working group: members (invited and active), the 3–8 rule, invite and remove. */
export function MembersSection({ organisationId, canInvite, canRemove }: Props) {
  const { t } = useTranslation();
  const members = useMembers(organisationId);
  const [removing, setRemoving] = useState<Member | null>(null);
  const count = members.data?.length ?? 0;
  const full = count >= WORKING_GROUP_MAX;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="wg-title">
      <Title order={2} size="h3" id="wg-title" mb="sm">
        {t('workingGroup.title')}
      </Title>
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <ErrorAlert error={members.error} />
      ) : (
        <Stack>
          <Text>{t('workingGroup.count', { count, max: WORKING_GROUP_MAX })}</Text>
          {count < WORKING_GROUP_MIN && (
            <Alert
              color="yellow"
              title={t('workingGroup.tooFewTitle')}
              data-testid="too-few-members"
            >
              {t('workingGroup.tooFew', { min: WORKING_GROUP_MIN })}
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
          {canInvite && <InviteMemberForm organisationId={organisationId} full={full} />}
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

function InviteMemberForm({ organisationId, full }: { organisationId: number; full: boolean }) {
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
            {t('workingGroup.full', { max: WORKING_GROUP_MAX })}
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
