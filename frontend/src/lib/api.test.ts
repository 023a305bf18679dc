import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, configureApi, REFRESH_LOCK, readCookie, toApiError } from './api';

const origin = globalThis.location.origin;
const url = (path: string) => new URL(path, origin).toString();

function respond(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** The Request of the n-th call of a fetch mock. */
function sent(fetch: { mock: { calls: unknown[][] } }, n: number): Request {
  return fetch.mock.calls[n]?.[0] as Request;
}

function setCookie(value: string) {
  // biome-ignore lint/suspicious/noDocumentCookie: tests set the CSRF cookie the backend would set
  document.cookie = value;
}

describe('api layer', () => {
  let onUnauthenticated: ReturnType<typeof vi.fn<() => void>>;

  beforeEach(() => {
    onUnauthenticated = vi.fn<() => void>();
    setCookie('jamlik_csrf=csrf-123; path=/');
  });

  afterEach(() => {
    setCookie('jamlik_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/');
  });

  function withFetch(impl: (request: Request) => Response | Promise<Response>) {
    const fetch = vi.fn(impl);
    configureApi({
      fetch: fetch as unknown as typeof globalThis.fetch,
      onUnauthenticated,
      language: () => 'en',
    });
    return fetch;
  }

  describe('CSRF header', () => {
    it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('is sent on %s', async (method) => {
      const fetch = withFetch(() => respond(200, {}));
      await apiFetch(
        new Request(url('/api/v1/organisations/1'), {
          method,
          body: method === 'DELETE' ? undefined : '{}',
        }),
      );
      expect(sent(fetch, 0).headers.get('X-CSRF-Token')).toBe('csrf-123');
    });

    it('is not sent on GET', async () => {
      const fetch = withFetch(() => respond(200, {}));
      await apiFetch(new Request(url('/api/v1/users/me')));
      expect(sent(fetch, 0).headers.has('X-CSRF-Token')).toBe(false);
    });

    it('is left out when there is no CSRF cookie', async () => {
      setCookie('jamlik_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/');
      const fetch = withFetch(() => respond(200, {}));
      await apiFetch(new Request(url('/api/v1/auth/login'), { method: 'POST', body: 'x' }));
      expect(sent(fetch, 0).headers.has('X-CSRF-Token')).toBe(false);
    });
  });

  it('sends the UI language as Accept-Language', async () => {
    const fetch = withFetch(() => respond(200, {}));
    await apiFetch(new Request(url('/api/v1/users/me')));
    expect(sent(fetch, 0).headers.get('Accept-Language')).toBe('en');
  });

  describe('on 401', () => {
    it('refreshes once and retries the request with its body', async () => {
      let first = true;
      const fetch = withFetch(async (request) => {
        const path = new URL(request.url).pathname;
        if (path === '/api/v1/auth/refresh') return respond(200, {});
        if (first) {
          first = false;
          return respond(401, { error: 'token_invalid', detail: 'expired' });
        }
        return respond(200, { ok: true, body: await request.text() });
      });

      const response = await apiFetch(
        new Request(url('/api/v1/organisations'), { method: 'POST', body: '{"name":"X"}' }),
      );

      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, body: '{"name":"X"}' });
      const paths = fetch.mock.calls.map(
        ([r]) => `${(r as Request).method} ${new URL((r as Request).url).pathname}`,
      );
      expect(paths).toEqual([
        'POST /api/v1/organisations',
        'POST /api/v1/auth/refresh',
        'POST /api/v1/organisations',
      ]);
      // The refresh is a write too: it carries the CSRF token.
      expect(sent(fetch, 1).headers.get('X-CSRF-Token')).toBe('csrf-123');
      expect(onUnauthenticated).not.toHaveBeenCalled();
    });

    it('hands over to the login page when the refresh fails', async () => {
      const fetch = withFetch((request) =>
        new URL(request.url).pathname === '/api/v1/auth/refresh'
          ? respond(401, { error: 'session_revoked', detail: '' })
          : respond(401, { error: 'session_revoked', detail: '' }),
      );
      const response = await apiFetch(new Request(url('/api/v1/users/me')));
      expect(response.status).toBe(401);
      expect(fetch).toHaveBeenCalledTimes(2);
      expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    });

    it('does not loop when the retry is 401 again', async () => {
      const fetch = withFetch((request) =>
        new URL(request.url).pathname === '/api/v1/auth/refresh'
          ? respond(200, {})
          : respond(401, { error: 'session_revoked', detail: '' }),
      );
      const response = await apiFetch(new Request(url('/api/v1/users/me')));
      expect(response.status).toBe(401);
      expect(fetch).toHaveBeenCalledTimes(3);
      expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    });

    it('shares one refresh among concurrent requests', async () => {
      const seen = new Set<string>();
      const fetch = withFetch(async (request) => {
        const path = new URL(request.url).pathname;
        if (path === '/api/v1/auth/refresh') {
          await new Promise((r) => setTimeout(r, 10));
          return respond(200, {});
        }
        if (!seen.has(path)) {
          seen.add(path);
          return respond(401, { error: 'token_invalid', detail: '' });
        }
        return respond(200, {});
      });
      const results = await Promise.all([
        apiFetch(new Request(url('/api/v1/users/me'))),
        apiFetch(new Request(url('/api/v1/organisations'))),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const refreshes = fetch.mock.calls.filter(
        ([r]) => new URL((r as Request).url).pathname === '/api/v1/auth/refresh',
      );
      expect(refreshes).toHaveLength(1);
    });

    it('renews under a lock the tabs share, so no tab sends a rotated refresh token', async () => {
      const held: string[] = [];
      const log: string[] = [];
      const locks = {
        request: async (name: string, task: () => Promise<unknown>) => {
          held.push(name);
          try {
            return await task();
          } finally {
            held.pop();
          }
        },
      };
      Object.defineProperty(globalThis.navigator, 'locks', { value: locks, configurable: true });
      try {
        let first = true;
        withFetch((request) => {
          const path = new URL(request.url).pathname;
          log.push(`${path} ${held.join(',') || 'unlocked'}`);
          if (path === '/api/v1/auth/refresh') return respond(200, {});
          if (first) {
            first = false;
            return respond(401, { error: 'token_invalid', detail: '' });
          }
          return respond(200, {});
        });
        const response = await apiFetch(new Request(url('/api/v1/users/me')));
        expect(response.status).toBe(200);
        expect(log).toEqual([
          '/api/v1/users/me unlocked',
          `/api/v1/auth/refresh ${REFRESH_LOCK}`,
          '/api/v1/users/me unlocked',
        ]);
      } finally {
        Reflect.deleteProperty(globalThis.navigator, 'locks');
      }
    });

    it('does not refresh for auth endpoints (wrong password is just an error)', async () => {
      const fetch = withFetch(() => respond(401, { error: 'invalid_credentials', detail: '' }));
      const response = await apiFetch(
        new Request(url('/api/v1/auth/login'), { method: 'POST', body: 'username=a&password=b' }),
      );
      expect(response.status).toBe(401);
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(onUnauthenticated).not.toHaveBeenCalled();
    });
  });
});

describe('toApiError', () => {
  it('reads the {error, detail} shape', () => {
    const e = toApiError(409, { error: 'working_group_full', detail: 'full' });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(409);
    expect(e.code).toBe('working_group_full');
    expect(e.detail).toBe('full');
  });

  it('falls back to a code from the status', () => {
    expect(toApiError(404, undefined).code).toBe('not_found');
    expect(toApiError(500, 'oops').code).toBe('server_error');
    expect(toApiError(422, { detail: [] }).code).toBe('validation_error');
  });

  it('keys validation issues by field', () => {
    const e = toApiError(422, {
      error: 'validation_error',
      detail: [
        { loc: ['body', 'org_number'], type: 'invalid_organisation_number', msg: 'bad' },
        { loc: ['body', 'contact_email'], type: 'value_error', msg: 'bad email' },
      ],
    });
    expect(Object.keys(e.fieldIssues)).toEqual(['org_number', 'contact_email']);
    expect(e.fieldIssues.org_number?.type).toBe('invalid_organisation_number');
  });
});

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('jamlik_csrf', 'a=1; jamlik_csrf=x%3Dy; b=2')).toBe('x=y');
    expect(readCookie('missing', 'a=1')).toBeNull();
  });
});
