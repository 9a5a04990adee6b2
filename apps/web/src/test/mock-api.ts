import { vi } from 'vitest';
import type { Me, User } from '../lib/api-types';

export interface MockReply {
  status: number;
  body?: unknown;
}

export type MockHandler = MockReply | ((request: Request) => MockReply | Promise<MockReply>);

/** What the app sent, for assertions on method, path, headers and body. */
export interface RecordedRequest {
  method: string;
  path: string;
  search: string;
  headers: Headers;
  body: unknown;
}

/**
 * Replaces globalThis.fetch with a small router keyed by "METHOD /path" (query string ignored). Unknown routes
 * answer 404 so a test fails loudly instead of hanging.
 */
export function mockApi(handlers: Record<string, MockHandler>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input);
    const url = new URL(request.url);
    const text = await request.clone().text();
    requests.push({
      method: request.method,
      path: url.pathname,
      search: url.search,
      headers: request.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    });
    const handler = handlers[`${request.method} ${url.pathname}`];
    const reply = typeof handler === 'function' ? await handler(request) : (handler ?? { status: 404, body: problem(404, 'Not found') });
    if (reply.status === 204) return new Response(null, { status: 204 });
    const isProblem = reply.status >= 400;
    return new Response(JSON.stringify(reply.body ?? {}), {
      status: reply.status,
      headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

export function problem(status: number, title: string, detail?: string, errors?: { field: string; message: string }[]) {
  return { type: 'about:blank', title, status, detail, instance: '/api/v1/test', traceId: 'trace-123', errors };
}

/** A problem as the API sends it for one of its codes (the type URI ends in the code). */
export function codedProblem(status: number, code: string, title: string, detail: string, errors?: { field: string; message: string }[]) {
  return { ...problem(status, title, detail, errors), type: `https://common-ground.example/problems/${code}` };
}

/** One page of a cursor-paginated list, as every list endpoint answers. */
export function pageOf<T>(items: T[], nextCursor: string | null = null, total = items.length) {
  return { status: 200, body: { items, total, nextCursor } };
}

export const adminMe: Me = { id: 'u-admin', name: 'Ada Lovelace', email: 'ada@library.org', role: 'admin' };
export const librarianMe: Me = { id: 'u-lib', name: 'Grace Hopper', email: 'grace@library.org', role: 'librarian' };
export const managerMe: Me = { id: 'u-man', name: 'Marcus Reyes', email: 'marcus@library.org', role: 'manager' };

export function user(overrides: Partial<User> & Pick<User, 'id' | 'name'>): User {
  return {
    email: `${overrides.id}@library.org`,
    role: 'librarian',
    active: true,
    lastSignedInAt: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}
