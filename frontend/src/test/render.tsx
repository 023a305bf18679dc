import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { ClientSettings } from '@/api/get-settings';
import { cssVariablesResolver, theme } from '@/app/theme';
import { configureApi } from '@/lib/api';

/** Renders `ui` inside Mantine, React Query and a one-route memory router (for links). */
export function renderWithProviders(ui: ReactNode) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const rootRoute = createRootRoute({ component: () => <>{ui}</> });
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  const result = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, queryClient, router };
}

type Handler = (request: Request) => unknown | Promise<unknown>;

/** What `GET /api/v1/settings` answers unless a test gives its own (the server's defaults). */
export const SETTINGS: ClientSettings = {
  working_group_min: 3,
  working_group_max: 8,
  min_answers: 5,
  day_moments: [[1], [2], [3], [1, 2], [2, 3]],
  moment_combinations: [
    [[1], [2], [3]],
    [[1], [2, 3]],
    [[1, 2], [3]],
  ],
  max_attachment_bytes: 5 * 1024 * 1024,
  max_document_bytes: 20 * 1024 * 1024,
};

export function json(body: unknown, status = 200): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/**
 * Routes the api layer's fetch to handlers keyed "METHOD /path"; a handler is a JSON body (200)
 * or a function returning a Response or a JSON body. Unknown routes answer 404 not_found, but for
 * the settings, which answer `SETTINGS` unless a handler says otherwise.
 */
export function mockApi(handlers: Record<string, Handler | object>) {
  const fetch = vi.fn(async (request: Request) => {
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const handler = handlers[key] ?? (key === 'GET /api/v1/settings' ? SETTINGS : undefined);
    if (!handler) return json({ error: 'not_found', detail: key }, 404);
    const out = typeof handler === 'function' ? await (handler as Handler)(request) : handler;
    return out instanceof Response ? out : json(out);
  });
  configureApi({ fetch: fetch as unknown as typeof globalThis.fetch });
  return fetch;
}
