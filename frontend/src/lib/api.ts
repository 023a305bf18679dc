import createClient from 'openapi-fetch';
import type { paths } from '@/client/schema';
import { toApiError } from './api-error';

export {
  ApiError,
  type ApiErrorBody,
  type ApiErrorCode,
  type ApiErrorDetail,
  errorDetail,
  isApiError,
  issueField,
  toApiError,
  type ValidationIssue,
  validationIssues,
} from './api-error';
export type { paths };

/** Body of a JSON response of `path`/`method` with status `code`, straight from the generated schema. */
export type ApiResponse<
  P extends keyof paths,
  M extends keyof paths[P],
  Code extends number = 200,
> = paths[P][M] extends {
  responses: { [K in Code]: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** JSON request body of `path`/`method`. */
export type ApiBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;

export const CSRF_COOKIE = 'jamlik_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
const REFRESH_PATH = '/api/v1/auth/refresh';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function readCookie(
  name: string,
  cookies: string = globalThis.document?.cookie ?? '',
): string | null {
  for (const part of cookies.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

/** What the api layer needs from the rest of the app; set once at start-up (and in tests). */
export interface ApiEnvironment {
  fetch: typeof fetch;
  language: () => string;
  /** Called when the session cannot be renewed: the app sends the user to the login page. */
  onUnauthenticated: () => void;
}

const env: ApiEnvironment = {
  fetch: (...args) => globalThis.fetch(...args),
  language: () => 'sv',
  onUnauthenticated: () => {},
};

export function configureApi(overrides: Partial<ApiEnvironment>): void {
  Object.assign(env, overrides);
}

function prepare(request: Request): Request {
  const headers = new Headers(request.headers);
  if (UNSAFE_METHODS.has(request.method.toUpperCase())) {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers.set(CSRF_HEADER, csrf);
  }
  if (!headers.has('Accept-Language')) headers.set('Accept-Language', env.language());
  return new Request(request, { headers, credentials: 'same-origin' });
}

let refreshing: Promise<boolean> | null = null;

/** The Web Locks name under which the tabs of this origin renew the session one after another. */
export const REFRESH_LOCK = 'jamlik-session-refresh';

/**
 * The tabs share the refresh cookie, and the server ends the session when a refresh token it has
 * already rotated comes back (ADR 0002). So the tabs renew one at a time: a tab that waited sends
 * the token the previous tab just received. Without Web Locks, the tab renews on its own.
 */
async function acrossTabs<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return task();
  return await locks.request(REFRESH_LOCK, task);
}

/** One refresh at a time: concurrent 401s share the same attempt, and tabs take turns. */
export function refreshSession(): Promise<boolean> {
  if (!refreshing) {
    refreshing = Promise.resolve()
      .then(() =>
        acrossTabs(async () =>
          env.fetch(prepare(new Request(new URL(REFRESH_PATH, baseUrl()), { method: 'POST' }))),
        ),
      )
      .then((r) => r.ok)
      .catch(() => false)
      .finally(() => {
        refreshing = null;
      });
  }
  return refreshing;
}

/** Requests for which a 401 means "wrong credentials or token", not "session expired". */
function isAuthFlow(url: string): boolean {
  const path = new URL(url, baseUrl()).pathname;
  return path.startsWith('/api/v1/auth/');
}

/**
 * fetch with the SPA's session rules: CSRF header on unsafe methods, one refresh-and-retry on 401,
 * and a hand-over to `onUnauthenticated` when the session is gone.
 */
export async function apiFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const response = await env.fetch(prepare(input));
  if (response.status !== 401 || isAuthFlow(input.url)) return response;

  if (await refreshSession()) {
    const second = await env.fetch(prepare(retry));
    if (second.status !== 401) return second;
    env.onUnauthenticated();
    return second;
  }
  env.onUnauthenticated();
  return response;
}

function baseUrl(): string {
  return globalThis.location?.origin ?? 'http://localhost';
}

export const client = createClient<paths>({
  baseUrl: baseUrl(),
  fetch: apiFetch,
});

/** Unwraps an openapi-fetch result: the data, or a thrown ApiError. */
export async function unwrap<T>(
  promise: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await promise;
  if (!response.ok) throw toApiError(response.status, error);
  return data as T;
}
