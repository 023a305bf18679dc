import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import {
  followUpRoute,
  notificationsRoute,
  recertificationRoute,
  reviewRoute,
} from '@/routes/after-certificate';
import {
  appLayoutRoute,
  indexRoute,
  mailQueueRoute,
  organisationRoute,
  organisationsRoute,
  profileRoute,
  usersRoute,
} from '@/routes/app';
import {
  agendaTemplatesRoute,
  certificationRoute,
  certificationsRoute,
  ourCertificationRoute,
  overviewRoute,
} from '@/routes/certifications';
import {
  evaluationsRoute,
  fullscreenLayoutRoute,
  liveRoomRoute,
  projectorRoute,
  questionBankRoute,
} from '@/routes/live';
import {
  forgotPasswordRoute,
  invitationRoute,
  loginRoute,
  publicLayoutRoute,
  resetPasswordRoute,
} from '@/routes/public';
import { rootRoute } from '@/routes/root';
import { verifyNumberRoute, verifyRoute } from '@/routes/verify';

export const routeTree = rootRoute.addChildren([
  publicLayoutRoute.addChildren([
    loginRoute,
    forgotPasswordRoute,
    resetPasswordRoute,
    invitationRoute,
    verifyRoute,
    verifyNumberRoute,
  ]),
  appLayoutRoute.addChildren([
    indexRoute,
    organisationsRoute,
    organisationRoute,
    usersRoute,
    mailQueueRoute,
    profileRoute,
    overviewRoute,
    certificationsRoute,
    certificationRoute,
    ourCertificationRoute,
    agendaTemplatesRoute,
    followUpRoute,
    recertificationRoute,
    reviewRoute,
    notificationsRoute,
    liveRoomRoute,
    evaluationsRoute,
    questionBankRoute,
  ]),
  fullscreenLayoutRoute.addChildren([projectorRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: false,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
