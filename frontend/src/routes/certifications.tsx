import { createRoute, lazyRouteComponent, notFound, redirect } from '@tanstack/react-router';
import type { CertificationStatus } from '@/features/certifications';
import { allows } from '@/lib/authorization';
import { appLayoutRoute } from './app';

// The pages themselves (certification-pages.tsx) load on first visit: the features of the
// certification cycle are a good part of the app and most visits never need them.

// Only a type comes from the feature: a value import would pull it into the main bundle.
const STATUSES = [
  'open',
  'plan_submitted',
  'changes_requested',
  'certified',
  'cancelled',
] as const satisfies readonly CertificationStatus[];

const positiveId = (value: string) => {
  const id = Number(value);
  // Ids are positive 32-bit integers; anything else is a page that does not exist.
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) throw notFound();
  return id;
};

export const certificationsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/certifications',
  beforeLoad: ({ context }) => {
    // A working group has one certification: its own page.
    if (context.user.role === 'member') throw redirect({ to: '/our-certification' });
  },
  validateSearch: (
    search: Record<string, unknown>,
  ): { status?: CertificationStatus; page?: number } => {
    const page = Number(search.page);
    return {
      status: STATUSES.includes(search.status as CertificationStatus)
        ? (search.status as CertificationStatus)
        : undefined,
      page: Number.isInteger(page) && page > 1 ? page : undefined,
    };
  },
  component: lazyRouteComponent(() => import('./certification-pages'), 'CertificationsPage'),
});

export const TABS = [
  'overview',
  'training',
  'agenda',
  'sessions',
  'plan',
  'history',
  'documents',
  'certificate',
  'follow-ups',
] as const;
export type Tab = (typeof TABS)[number];

export const certificationRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/certifications/$certificationId',
  params: {
    parse: ({ certificationId }) => ({ certificationId: positiveId(certificationId) }),
    stringify: ({ certificationId }) => ({ certificationId: String(certificationId) }),
  },
  // `version` opens a document version's review on the documents tab (notifications link there).
  validateSearch: (search: Record<string, unknown>): { tab?: Tab; version?: number } => {
    const tab =
      TABS.includes(search.tab as Tab) && search.tab !== 'overview'
        ? (search.tab as Tab)
        : undefined;
    const version = Number(search.version);
    return {
      tab,
      version:
        tab === 'documents' && Number.isInteger(version) && version > 0 && version <= 2_147_483_647
          ? version
          : undefined,
    };
  },
  component: lazyRouteComponent(() => import('./certification-pages'), 'CertificationPage'),
});

/** A trainer's home: certifications by stage, what waits for review, the coming training days. */
export const overviewRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/overview',
  beforeLoad: ({ context }) => {
    if (!allows(context.user, 'dashboard:view')) throw notFound();
  },
  component: lazyRouteComponent(() => import('./certification-pages'), 'OverviewPage'),
});

export const agendaTemplatesRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/agenda-templates',
  beforeLoad: ({ context }) => {
    if (!allows(context.user, 'agenda-templates:manage')) throw notFound();
  },
  component: lazyRouteComponent(() => import('./certification-pages'), 'AgendaTemplatesPage'),
});

/** A working group's way to its certification (the newest that is not cancelled). */
export const ourCertificationRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/our-certification',
  beforeLoad: ({ context }) => {
    if (context.user.role !== 'member' || !context.user.organisation_id) throw notFound();
  },
  component: lazyRouteComponent(() => import('./certification-pages'), 'OurCertificationPage'),
});
