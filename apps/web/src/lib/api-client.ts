import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api-types';
import { ProblemError } from './problem-error';

/** Routes whose 401 is an answer ("wrong password", "not signed in yet"), not an expired session. */
const UNAUTHORIZED_IS_AN_ANSWER = ['/api/v1/auth/login', '/api/v1/auth/me'];

type UnauthorizedHandler = () => void;

// Until the router registers itself, fall back to a full page load: correct, only slower.
let onUnauthorized: UnauthorizedHandler = () => window.location.assign(signInPathFor(window.location));

/** The app registers a router-aware handler so an expired session returns to sign-in without a reload. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

/** `/sign-in?next=<where the person was>`, so signing in again takes them straight back. */
export function signInPathFor(location: { pathname: string; search: string }): string {
  const next = `${location.pathname}${location.search}`;
  return next === '/' || location.pathname === '/sign-in' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    // The API's CSRF defence: a cross-site form cannot set this header, so writes without it get 403.
    request.headers.set('X-Requested-With', 'XMLHttpRequest');
    return request;
  },
  onResponse({ request, response }) {
    const path = new URL(request.url).pathname;
    if (response.status === 401 && !UNAUTHORIZED_IS_AN_ANSWER.includes(path)) {
      onUnauthorized();
    }
    return response;
  },
};

export const apiClient = createClient<paths>({
  baseUrl: '',
  credentials: 'include',
  // Looked up on every call rather than captured once, so tests (and polyfills) can replace fetch.
  fetch: (request) => globalThis.fetch(request),
});
apiClient.use(sessionMiddleware);

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws a ProblemError, so TanStack Query sees
 * failures as errors and every screen reads the same problem shape.
 */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  let result: ApiResult<T>;
  try {
    result = await call;
  } catch {
    throw ProblemError.network();
  }
  if (!result.response.ok) throw ProblemError.fromResponse(result.error, result.response);
  return result.data as T;
}
