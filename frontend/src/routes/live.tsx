import {
  createRoute,
  lazyRouteComponent,
  notFound,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { StandaloneLayout } from '@/components/layout/PublicLayout';
import { NotFoundPage } from '@/components/NotFoundPage';
import { isApiError } from '@/lib/api';
import { meQueryOptions } from '@/lib/auth';
import { allows } from '@/lib/authorization';
import { appLayoutRoute } from './app';
import { rootRoute } from './root';

// Live exercises and evaluations: the trainer's room control and the projector, the evaluation
// results and the question bank. The pages (live-pages.tsx) load on first visit.

const positiveId = (value: string) => {
  const id = Number(value);
  // Ids are positive 32-bit integers; anything else is a page that does not exist.
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) throw notFound();
  return id;
};

const roomParams = {
  parse: ({ roomId }: { roomId: string }) => ({ roomId: positiveId(roomId) }),
  stringify: ({ roomId }: { roomId: number }) => ({ roomId: String(roomId) }),
};

/** A trainer's live room: join code and QR, the questions and their states, the evaluation. */
export const liveRoomRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/live/$roomId',
  params: roomParams,
  component: lazyRouteComponent(() => import('./live-pages'), 'LiveRoomPage'),
});

/**
 * The projector needs a session like the app, but none of its header and navigation: the whole
 * screen is the room's.
 */
export const fullscreenLayoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'fullscreen',
  beforeLoad: async ({ context, location }) => {
    try {
      const user = await context.queryClient.ensureQueryData(meQueryOptions());
      return { user };
    } catch (error) {
      if (isApiError(error, 401)) {
        throw redirect({ to: '/login', search: { next: location.href } });
      }
      throw error;
    }
  },
  component: Outlet,
  pendingComponent: Loading,
  notFoundComponent: () => (
    <StandaloneLayout>
      <NotFoundPage />
    </StandaloneLayout>
  ),
  errorComponent: ({ error }) => (
    <StandaloneLayout>
      <ErrorAlert error={error} />
    </StandaloneLayout>
  ),
});

export const projectorRoute = createRoute({
  getParentRoute: () => fullscreenLayoutRoute,
  path: '/live/$roomId/projektor',
  params: roomParams,
  component: lazyRouteComponent(() => import('./live-pages'), 'ProjectorPage'),
});

/** "Utvärderingar": the participants' evaluations across training days. */
export const evaluationsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/utvarderingar',
  beforeLoad: ({ context }) => {
    if (!allows(context.user, 'evaluations:view')) throw notFound();
  },
  validateSearch: (
    search: Record<string, unknown>,
  ): { certification?: number; moment?: number; day?: number } => {
    const id = (v: unknown) => {
      const n = Number(v);
      return Number.isInteger(n) && n > 0 && n <= 2_147_483_647 ? n : undefined;
    };
    const moment = Number(search.moment);
    return {
      certification: id(search.certification),
      moment: [1, 2, 3].includes(moment) ? moment : undefined,
      day: id(search.day),
    };
  },
  component: lazyRouteComponent(() => import('./live-pages'), 'EvaluationsPage'),
});

/** The question bank (admins): exercises per moment and the evaluation questions. */
export const questionBankRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/admin/fragebank',
  beforeLoad: ({ context }) => {
    if (!allows(context.user, 'question-bank:manage')) throw notFound();
  },
  component: lazyRouteComponent(() => import('./live-pages'), 'QuestionBankPage'),
});
