import type { CookieSerializeOptions } from '@fastify/cookie';

export const SESSION_COOKIE = 'cg_session';

/**
 * A browser-session cookie (no Max-Age): the server enforces the idle timeout, so the cookie needs no clock of its
 * own, and closing the browser on a shared computer ends the sign-in.
 */
export function sessionCookieOptions(secure: boolean): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}
