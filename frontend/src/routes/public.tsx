import { Alert, Stack, Text, Title } from '@mantine/core';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from '@/components/layout/PublicLayout';
import {
  AcceptInvitationForm,
  ForgotPasswordForm,
  LoginForm,
  ResetPasswordForm,
} from '@/features/auth';
import { usePageTitle } from '@/hooks/use-page-title';
import { homePath } from '@/lib/authorization';
import { safeNext } from '@/lib/navigation';
import { rootRoute } from './root';

const LOGIN_NOTICES = [
  'logged_out',
  'password_changed',
  'password_reset',
  'invitation_accepted',
  'session_ended',
] as const;
type LoginNotice = (typeof LOGIN_NOTICES)[number];

const tokenSearch = (search: Record<string, unknown>) => ({
  token: typeof search.token === 'string' ? search.token : '',
});

export const publicLayoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  component: PublicLayout,
});

function PublicPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: React.ReactNode;
}) {
  usePageTitle(title);
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      {intro && <Text>{intro}</Text>}
      {children}
    </Stack>
  );
}

export const loginRoute = createRoute({
  getParentRoute: () => publicLayoutRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { next?: string; notice?: LoginNotice } => ({
    next: safeNext(search.next),
    notice: LOGIN_NOTICES.includes(search.notice as LoginNotice)
      ? (search.notice as LoginNotice)
      : undefined,
  }),
  component: function LoginPage() {
    const { t } = useTranslation();
    const { next, notice } = loginRoute.useSearch();
    const navigate = useNavigate();
    return (
      <PublicPage title={t('auth.login.title')}>
        {notice && (
          <Alert color="green" role="status" data-testid="login-notice">
            {t(`auth.notices.${notice}`)}
          </Alert>
        )}
        <LoginForm onSuccess={(user) => void navigate({ to: next ?? homePath(user) })} />
      </PublicPage>
    );
  },
});

export const forgotPasswordRoute = createRoute({
  getParentRoute: () => publicLayoutRoute,
  path: '/forgot-password',
  component: function ForgotPasswordPage() {
    const { t } = useTranslation();
    return (
      <PublicPage title={t('auth.forgot.title')} intro={t('auth.forgot.intro')}>
        <ForgotPasswordForm />
      </PublicPage>
    );
  },
});

export const resetPasswordRoute = createRoute({
  getParentRoute: () => publicLayoutRoute,
  path: '/reset-password',
  validateSearch: tokenSearch,
  component: function ResetPasswordPage() {
    const { t } = useTranslation();
    const { token } = resetPasswordRoute.useSearch();
    const navigate = useNavigate();
    return (
      <PublicPage title={t('auth.reset.title')}>
        <ResetPasswordForm
          token={token}
          onDone={() => void navigate({ to: '/login', search: { notice: 'password_reset' } })}
        />
      </PublicPage>
    );
  },
});

export const invitationRoute = createRoute({
  getParentRoute: () => publicLayoutRoute,
  path: '/invitation',
  validateSearch: tokenSearch,
  component: function InvitationPage() {
    const { t } = useTranslation();
    const { token } = invitationRoute.useSearch();
    const navigate = useNavigate();
    return (
      <PublicPage title={t('auth.invitation.title')} intro={t('auth.invitation.intro')}>
        <AcceptInvitationForm
          token={token}
          onDone={() => void navigate({ to: '/login', search: { notice: 'invitation_accepted' } })}
        />
      </PublicPage>
    );
  },
});
