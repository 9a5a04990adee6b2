import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, problem } from '../test/mock-api';
import { apiClient, setUnauthorizedHandler, signInPathFor, unwrap } from './api-client';
import { ProblemError } from './problem-error';

describe('apiClient', () => {
  afterEach(() => setUnauthorizedHandler(() => undefined));

  it('adds X-Requested-With to every request, reads included', async () => {
    const { requests } = mockApi({ 'GET /api/v1/auth/me': { status: 200, body: {} } });
    await apiClient.GET('/api/v1/auth/me');
    expect(requests[0]?.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
  });

  it('calls the unauthorized handler on a 401 from an ordinary route, not from login or me', async () => {
    const unauthorized = { status: 401, body: problem(401, 'Unauthorized') };
    mockApi({ 'GET /api/v1/users': unauthorized, 'POST /api/v1/auth/login': unauthorized, 'GET /api/v1/auth/me': unauthorized });
    const handler = vi.fn();
    setUnauthorizedHandler(handler);

    await apiClient.POST('/api/v1/auth/login', { body: { email: 'a@b.org', password: 'x' } });
    await apiClient.GET('/api/v1/auth/me');
    expect(handler).not.toHaveBeenCalled();

    await apiClient.GET('/api/v1/users');
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('unwrap throws a ProblemError carrying the problem, or a readable one for a non-problem body', async () => {
    mockApi({
      'POST /api/v1/users': { status: 409, body: problem(409, 'Conflict', 'That email is taken.', [{ field: 'email', message: 'Taken' }]) },
      'GET /api/v1/users': { status: 502, body: 'Bad gateway' },
    });

    const conflict = await unwrap(apiClient.POST('/api/v1/users', { body: { name: 'A', email: 'a@b.org', role: 'admin', password: 'x' } })).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(ProblemError);
    expect(conflict).toMatchObject({ status: 409, detail: 'That email is taken.', fieldErrors: [{ field: 'email', message: 'Taken' }] });

    const gateway = await unwrap(apiClient.GET('/api/v1/users')).catch((error: unknown) => error);
    expect(gateway).toMatchObject({ status: 502, title: 'Something went wrong' });
  });

  it('unwrap turns a failed connection into a ProblemError in words', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = await unwrap(apiClient.GET('/api/v1/users')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 0, detail: "Couldn't reach Common Ground. Check your connection and try again." });
  });
});

describe('signInPathFor', () => {
  it('carries the current path and query as `next`', () => {
    expect(signInPathFor({ pathname: '/admin/users', search: '?q=ada' })).toBe('/sign-in?next=%2Fadmin%2Fusers%3Fq%3Dada');
  });

  it('leaves `next` off for home and for the sign-in page itself', () => {
    expect(signInPathFor({ pathname: '/', search: '' })).toBe('/sign-in');
    expect(signInPathFor({ pathname: '/sign-in', search: '?next=%2F' })).toBe('/sign-in');
  });
});
