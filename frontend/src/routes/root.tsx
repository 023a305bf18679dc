import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { StandaloneLayout } from '@/components/layout/PublicLayout';
import { NotFoundPage } from '@/components/NotFoundPage';

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: () => (
    <StandaloneLayout>
      <NotFoundPage />
    </StandaloneLayout>
  ),
});
