import { type ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';
import { ProblemFilter } from './problem.filter';

function fakeHttp(url = '/api/v1/users') {
  const sent: { status?: number; type?: string; body?: string; headers: Record<string, string> } = { headers: {} };
  const res = {
    headers(values: Record<string, string>) {
      Object.assign(sent.headers, values);
      return this;
    },
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(value: string) {
      sent.type = value;
      return this;
    },
    send(body: string) {
      sent.body = body;
      return this;
    },
  } as unknown as FastifyReply;
  const req = { id: 'a-trace-id', method: 'POST', url } as unknown as FastifyRequest;
  const host = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ArgumentsHost;
  return { host, sent, body: () => JSON.parse(sent.body!) as Record<string, unknown> };
}

describe('ProblemFilter', () => {
  it('answers an unexpected error with a 500 that carries a traceId, logged with the same id, and no internals', () => {
    const logged: string[] = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
    const { host, sent, body } = fakeHttp();
    new ProblemFilter().catch(new Error('relation "users" violates constraint at SELECT * FROM secrets'), host);
    expect(sent.status).toBe(500);
    expect(sent.type).toBe('application/problem+json');
    const problem = body();
    expect(problem).toMatchObject({ status: 500, title: 'Something went wrong on our side', instance: '/api/v1/users' });
    expect(sent.body).not.toMatch(/SELECT|secrets|relation|at \w+ \(/);
    expect(typeof problem.traceId).toBe('string');
    expect(logged.join('\n')).toContain(`traceId=${String(problem.traceId)}`);
  });

  it('maps a domain error to its status and keeps field errors and headers', () => {
    const { host, sent, body } = fakeHttp();
    new ProblemFilter().catch(new DomainError('too_many_attempts', 'Try later.', [{ field: 'email', message: 'x' }], { 'Retry-After': '60' }), host);
    expect(sent.status).toBe(429);
    expect(sent.headers['Retry-After']).toBe('60');
    expect(body()).toMatchObject({ type: expect.stringMatching(/too-many-attempts$/), errors: [{ field: 'email', message: 'x' }] });
  });

  it('turns the framework’s unknown-route error into a 404 problem', () => {
    const { host, sent, body } = fakeHttp('/api/v1/nowhere');
    new ProblemFilter().catch(new NotFoundException(), host);
    expect(sent.status).toBe(404);
    expect(body().detail).toBe('There is nothing at POST /api/v1/nowhere.');
  });
});

describe('ProblemFilter and database collisions', () => {
  it('answers a deadlock with a 409 that says to try again, not a 500', () => {
    const { host, sent, body } = fakeHttp();
    const deadlock = new QueryFailedError('UPDATE users …', [], Object.assign(new Error('deadlock detected'), { code: '40P01' }));
    new ProblemFilter().catch(deadlock, host);
    expect(sent.status).toBe(409);
    expect(body().detail).toMatch(/Try again/);
    expect(sent.body).not.toContain('UPDATE');
  });
});
