/** Paths one may visit without a session; the 401 handler never sends these to the login page. */
export const PUBLIC_PATHS = [
  '/login',
  '/forgot-password',
  '/reset-password',
  '/invitation',
  '/verify',
];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.includes(pathname) || pathname.startsWith('/verify/');
}

/** Accepts only same-origin relative paths as a post-login target (no open redirect). */
export function safeNext(next: unknown): string | undefined {
  if (typeof next !== 'string') return undefined;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  if (isPublicPath(next.split(/[?#]/)[0] ?? '')) return undefined;
  return next;
}
