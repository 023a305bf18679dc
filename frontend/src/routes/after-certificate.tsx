import { createRoute, lazyRouteComponent, notFound } from '@tanstack/react-router';
import { allows } from '@/lib/authorization';
import { appLayoutRoute } from './app';

// After the certificate: follow-ups, re-certification reviews and notifications. The pages
// (after-certificate-pages.tsx) load on first visit, like the certification cycle's.

const positiveId = (value: string) => {
  const id = Number(value);
  // Ids are positive 32-bit integers; anything else is a page that does not exist.
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) throw notFound();
  return id;
};

/** One follow-up: the working group's report form, or the report for the trainer to review. */
export const followUpRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/follow-ups/$followUpId',
  params: {
    parse: ({ followUpId }) => ({ followUpId: positiveId(followUpId) }),
    stringify: ({ followUpId }) => ({ followUpId: String(followUpId) }),
  },
  component: lazyRouteComponent(() => import('./after-certificate-pages'), 'FollowUpPage'),
});

/** The auditor's home, "Granskning" (admins see it too). */
export const recertificationRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/recertification',
  beforeLoad: ({ context }) => {
    if (!allows(context.user, 'recertification:view')) throw notFound();
  },
  component: lazyRouteComponent(() => import('./after-certificate-pages'), 'RecertificationPage'),
});

/** One re-certification review: schedule, decision basis, outcome. */
export const reviewRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/reviews/$reviewId',
  params: {
    parse: ({ reviewId }) => ({ reviewId: positiveId(reviewId) }),
    stringify: ({ reviewId }) => ({ reviewId: String(reviewId) }),
  },
  component: lazyRouteComponent(() => import('./after-certificate-pages'), 'ReviewPage'),
});

/** Everyone's notifications (the bell in the header leads here). */
export const notificationsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/notifications',
  validateSearch: (search: Record<string, unknown>): { unread?: boolean; page?: number } => {
    const page = Number(search.page);
    return {
      unread: search.unread === true || search.unread === 'true' ? true : undefined,
      page: Number.isInteger(page) && page > 1 ? page : undefined,
    };
  },
  component: lazyRouteComponent(() => import('./after-certificate-pages'), 'NotificationsPage'),
});
