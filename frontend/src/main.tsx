import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18n from '@/i18n';
import { AppProvider } from './app/provider';
import { createAppRouter } from './app/router';
import { configureApi } from './lib/api';
import { meQueryKey } from './lib/auth';
import { isPublicPath } from './lib/navigation';
import { createQueryClient } from './lib/query-client';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

configureApi({
  language: () => i18n.language,
  onUnauthenticated: () => {
    const location = router.latestLocation;
    if (isPublicPath(location.pathname)) return;
    queryClient.removeQueries({ queryKey: meQueryKey });
    void router.navigate({ to: '/login', search: { next: location.href } });
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing');
createRoot(root).render(
  <StrictMode>
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>,
);
