import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { USERS_PAGE_SIZE, useUsers } from '@/api/get-users';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { PageNav } from '@/components/PageNav';
import { ScrollTable } from '@/components/ScrollTable';
import { StatusBadge } from '@/components/StatusBadge';
import { allows, ROLES, type Role, STAFF_ROLES, type StaffRole } from '@/lib/authorization';
import { errorMessage } from '@/lib/errors';
import { applyServerErrors, EMAIL_RE } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useInviteUser } from '../api/invite-user';
import type { UserCreate, UserRow } from '../api/types';
import { useUpdateUser } from '../api/update-user';

/** Admin's user management: list and filter, invite staff, change role, (de)activate. */
export function UsersAdmin() {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role | ''>('');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [page, setPage] = useState(1);
  const users = useUsers({ role: role || undefined, q, page });
  const pages = users.data
    ? Math.max(1, Math.ceil(users.data.total / (users.data.page_size || USERS_PAGE_SIZE)))
    : 1;

  return (
    <Stack gap="lg">
      <InviteUserForm />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="users-list-title">
        <Title order={2} size="h3" id="users-list-title" mb="sm">
          {t('users.list.title')}
        </Title>
        <Group align="flex-end" mb="md" wrap="wrap">
          <NativeSelect
            label={t('users.list.filterRole')}
            value={role}
            onChange={(e) => {
              setRole(e.currentTarget.value as Role | '');
              setPage(1);
            }}
            data={[
              { value: '', label: t('users.list.allRoles') },
              ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
            ]}
          />
          <TextInput
            type="search"
            label={t('users.list.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
          />
        </Group>
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <ErrorAlert error={users.error} />
        ) : (
          <>
            <ScrollTable minWidth={720} label={t('users.list.title')}>
              <Table striped data-testid="users-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('users.fields.name')}</Table.Th>
                    <Table.Th scope="col">{t('users.fields.email')}</Table.Th>
                    <Table.Th scope="col">{t('users.fields.role')}</Table.Th>
                    <Table.Th scope="col">{t('users.fields.status')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {users.data.items.map((u) => (
                    <UserTableRow key={u.id} user={u} />
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <PageNav pages={pages} page={page} onChange={setPage} />
          </>
        )}
      </Paper>
    </Stack>
  );
}

function UserTableRow({ user }: { user: UserRow }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const isStaff = (STAFF_ROLES as readonly string[]).includes(user.role);
  // Not on the admin's own account: the server leaves `users:change_access` out of its actions.
  const canUpdate = allows(user, 'users:change_access');

  const run = (body: { role?: StaffRole; is_active?: boolean }, message: string) =>
    update.mutate(
      { id: user.id, ...body },
      {
        onSuccess: () => notify(message, 'green'),
        onError: (e) => notify(errorMessage(t, e), 'red'),
      },
    );

  return (
    <Table.Tr>
      <Table.Td>{user.full_name}</Table.Td>
      <Table.Td>{user.email}</Table.Td>
      <Table.Td>
        {canUpdate && isStaff ? (
          <NativeSelect
            aria-label={t('users.changeRoleFor', { name: user.full_name })}
            value={user.role}
            disabled={update.isPending}
            onChange={(e) =>
              run(
                { role: e.currentTarget.value as StaffRole },
                t('users.roleChanged', { name: user.full_name }),
              )
            }
            data={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            size="xs"
          />
        ) : (
          t(`roles.${user.role}`)
        )}
      </Table.Td>
      <Table.Td>
        <StatusBadge status={user.status} label={t(`users.status.${user.status}`)} />
      </Table.Td>
      <Table.Td>
        {canUpdate && (
          <Button
            size="compact-sm"
            variant="outline"
            color={user.is_active ? 'red.9' : undefined}
            loading={update.isPending}
            onClick={() =>
              run(
                { is_active: !user.is_active },
                user.is_active
                  ? t('users.deactivated', { name: user.full_name })
                  : t('users.reactivated', { name: user.full_name }),
              )
            }
            aria-label={
              user.is_active
                ? t('users.deactivateNamed', { name: user.full_name })
                : t('users.reactivateNamed', { name: user.full_name })
            }
          >
            {user.is_active ? t('users.deactivate') : t('users.reactivate')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function InviteUserForm() {
  const { t } = useTranslation();
  const invite = useInviteUser();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<UserCreate>({
    initialValues: { email: '', full_name: '', role: 'trainer' },
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
        onSuccess: (_d, vars) => {
          form.reset();
          notify(t('users.invited', { email: vars.email }));
        },
        onError: (e) => {
          if (!applyServerErrors(form, t, e)) setError(e);
        },
      },
    );
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="invite-user-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="invite-user-title">
            {t('users.invite.title')}
          </Title>
          <ErrorAlert error={error} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={t('users.fields.email')}
              type="email"
              required
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <TextInput
              label={t('users.fields.name')}
              required
              autoComplete="off"
              {...form.getInputProps('full_name')}
            />
            <NativeSelect
              label={t('users.fields.role')}
              data={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              {...form.getInputProps('role')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={invite.isPending}>
              {t('users.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
