import { AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogout, useUser } from '@/lib/auth';
import { allows } from '@/lib/authorization';
import { LanguageSwitch } from '../LanguageSwitch';
import classes from './layout.module.css';
import { SkipLink } from './SkipLink';

interface NavItem {
  to: string;
  label: string;
  /** Other path prefixes under which the item counts as the current page. */
  also?: string[];
}

/**
 * Layout of the logged-in app: header, role-aware navigation (a drawer below 48em), main.
 * `headerActions` (the notification bell) come from the routes, which may use features.
 */
export function AppLayout({ headerActions }: { headerActions?: ReactNode } = {}) {
  const { t } = useTranslation();
  const user = useUser();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below the sm breakpoint the navigation is a drawer: while closed it is off-screen and inert,
  // so keyboard focus never lands on links nobody can see.
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const navigate = useNavigate();
  const logout = useLogout();

  // After an in-app navigation, focus moves to main so screen readers start at the new content.
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    document.getElementById('main')?.focus();
  }, [pathname]);

  // The drawer closes when the page changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger
  useEffect(() => close(), [pathname, close]);

  // What the server allows the user (`GET /users/me`) decides the items; the role only their order.
  const items: NavItem[] = [];
  if (allows(user, 'dashboard:view')) items.push({ to: '/overview', label: t('nav.overview') });
  // Auditors start at "Granskning"; admins have it after the lists.
  const review: NavItem = {
    to: '/recertification',
    label: t('nav.recertification'),
    also: ['/reviews'],
  };
  const reviewFirst = user.role === 'auditor';
  if (reviewFirst && allows(user, 'recertification:view')) items.push(review);
  if (user.role === 'member' && user.organisation_id) {
    items.push({ to: `/organisations/${user.organisation_id}`, label: t('nav.myOrganisation') });
    items.push({
      to: '/our-certification',
      label: t('nav.ourCertification'),
      also: ['/certifications'],
    });
  } else if (user.role === 'trainer') {
    items.push({ to: '/certifications', label: t('nav.certifications') });
    items.push({ to: '/organisations', label: t('nav.organisations') });
  } else {
    items.push({ to: '/organisations', label: t('nav.organisations') });
    items.push({ to: '/certifications', label: t('nav.certifications') });
  }
  if (!reviewFirst && allows(user, 'recertification:view')) items.push(review);
  if (allows(user, 'evaluations:view')) {
    items.push({ to: '/utvarderingar', label: t('nav.evaluations') });
  }
  if (allows(user, 'agenda-templates:manage')) {
    items.push({ to: '/agenda-templates', label: t('nav.agendaTemplates') });
  }
  if (allows(user, 'question-bank:manage')) {
    items.push({ to: '/admin/fragebank', label: t('nav.questionBank') });
  }
  if (allows(user, 'users:manage')) items.push({ to: '/users', label: t('nav.users') });
  if (allows(user, 'outbox:manage')) {
    items.push({ to: '/admin/e-post', label: t('nav.mailQueue') });
  }
  items.push({ to: '/profile', label: t('nav.profile') });

  const onLogout = () => {
    logout.mutate(undefined, {
      onSettled: () => void navigate({ to: '/login', search: { notice: 'logged_out' } }),
    });
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Link to="/" className={classes.brand}>
              {t('app.name')}
            </Link>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {headerActions}
            <LanguageSwitch />
            <Button
              variant="outline"
              size="compact-sm"
              onClick={onLogout}
              loading={logout.isPending}
            >
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="sm"
        id="main-navigation"
        aria-label={t('nav.label')}
        inert={isMobile && !opened}
      >
        <Stack gap={4}>
          {items.map((item) => {
            const active = [item.to, ...(item.also ?? [])].some(
              (p) => pathname === p || pathname.startsWith(`${p}/`),
            );
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                active={active}
                aria-current={active ? 'page' : undefined}
                variant="filled"
              />
            );
          })}
        </Stack>
        <Text size="sm" mt="auto" pt="md" c="gray.8">
          {t('nav.signedInAs', { name: user.full_name })}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
