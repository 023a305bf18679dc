import { Button, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { createRoute, notFound, redirect, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { settingsQueryOptions } from '@/api/get-settings';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { AppLayout } from '@/components/layout/AppLayout';
import { NotFoundPage } from '@/components/NotFoundPage';
import { PageHeader } from '@/components/PageHeader';
import { CalendarFeed } from '@/features/calendar';
import { NotificationBell } from '@/features/notifications';
import {
  CreateOrganisationForm,
  MembersSection,
  OrganisationDetails,
  OrganisationsList,
  useOrganisation,
} from '@/features/organisations';
import { OutboxAdmin } from '@/features/outbox';
import { ChangePasswordForm, NotificationSettings, ProfileForm } from '@/features/profile';
import { UsersAdmin } from '@/features/users';
import { isApiError } from '@/lib/api';
import { meQueryOptions, useUser } from '@/lib/auth';
import { allows, homePath } from '@/lib/authorization';
import { rootRoute } from './root';

/** Everything below needs a session: without one, off to the login page and back afterwards. */
export const appLayoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      const user = await context.queryClient.ensureQueryData(meQueryOptions());
      // The server's limits, read once for the forms that need them (no need to wait for them).
      void context.queryClient.prefetchQuery(settingsQueryOptions());
      return { user };
    } catch (error) {
      if (isApiError(error, 401)) {
        throw redirect({ to: '/login', search: { next: location.href } });
      }
      throw error;
    }
  },
  component: () => <AppLayout headerActions={<NotificationBell />} />,
  pendingComponent: Loading,
  notFoundComponent: NotFoundPage,
  errorComponent: ({ error }) => <ErrorAlert error={error} />,
});

export const indexRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    throw redirect({ to: homePath(context.user) });
  },
});

export const organisationsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/organisations',
  validateSearch: (search: Record<string, unknown>): { q?: string; page?: number } => {
    const page = Number(search.page);
    return {
      q: typeof search.q === 'string' && search.q ? search.q : undefined,
      page: Number.isInteger(page) && page > 1 ? page : undefined,
    };
  },
  component: function OrganisationsPage() {
    const { t } = useTranslation();
    const user = useUser();
    const { q = '', page = 1 } = organisationsRoute.useSearch();
    const navigate = useNavigate();
    const [creating, { open, close }] = useDisclosure(false);
    return (
      <>
        <PageHeader
          title={t('organisations.list.title')}
          actions={
            allows(user, 'organisation:create') && (
              <Button onClick={open}>{t('organisations.create.open')}</Button>
            )
          }
        />
        <OrganisationsList
          q={q}
          page={page}
          onChange={(s) =>
            void navigate({
              to: '/organisations',
              search: { q: s.q || undefined, page: s.page > 1 ? s.page : undefined },
              replace: true,
            })
          }
        />
        <Modal
          closeButtonProps={{ 'aria-label': t('common.close') }}
          opened={creating}
          onClose={close}
          title={t('organisations.create.title')}
          size="lg"
        >
          <CreateOrganisationForm
            onCancel={close}
            onCreated={(org) => {
              close();
              void navigate({
                to: '/organisations/$organisationId',
                params: { organisationId: org.id },
              });
            }}
          />
        </Modal>
      </>
    );
  },
});

export const organisationRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/organisations/$organisationId',
  params: {
    parse: ({ organisationId }) => {
      const id = Number(organisationId);
      // Ids are positive 32-bit integers; anything else is a page that does not exist.
      if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) throw notFound();
      return { organisationId: id };
    },
    stringify: ({ organisationId }) => ({ organisationId: String(organisationId) }),
  },
  component: function OrganisationPage() {
    const { organisationId } = organisationRoute.useParams();
    const organisation = useOrganisation(organisationId);

    // Another organisation's URL answers 404 (never 403): it looks like a page that isn't there.
    if (isApiError(organisation.error, 404)) return <NotFoundPage />;
    if (organisation.isPending) return <Loading />;
    if (organisation.isError) return <ErrorAlert error={organisation.error} />;

    const org = organisation.data;
    return (
      <>
        <PageHeader title={org.name} />
        <Stack gap="lg">
          <OrganisationDetails organisation={org} />
          <MembersSection organisation={org} />
        </Stack>
      </>
    );
  },
});

export const usersRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/users',
  beforeLoad: ({ context }) => {
    if (!allows(context.user, 'users:manage')) throw notFound();
  },
  component: function UsersPage() {
    const { t } = useTranslation();
    return (
      <>
        <PageHeader title={t('users.title')} />
        <UsersAdmin />
      </>
    );
  },
});

/** The mail queue (admins): unsent mail with the reason of its last failure; retry a failed one. */
export const mailQueueRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/admin/e-post',
  beforeLoad: ({ context }) => {
    if (!allows(context.user, 'outbox:manage')) throw notFound();
  },
  component: function MailQueuePage() {
    const { t } = useTranslation();
    return (
      <>
        <PageHeader title={t('outbox.title')} />
        <OutboxAdmin />
      </>
    );
  },
});

export const profileRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/profile',
  component: function ProfilePage() {
    const { t } = useTranslation();
    const user = useUser();
    const navigate = useNavigate();
    const queryClient = useQueryClient();
    return (
      <>
        <PageHeader title={t('profile.title')} />
        <Stack gap="lg">
          <ProfileForm user={user} />
          <NotificationSettings user={user} />
          <CalendarFeed />
          <ChangePasswordForm
            onChanged={() => {
              void navigate({ to: '/login', search: { notice: 'password_changed' } }).then(() =>
                queryClient.clear(),
              );
            }}
          />
        </Stack>
      </>
    );
  },
});
