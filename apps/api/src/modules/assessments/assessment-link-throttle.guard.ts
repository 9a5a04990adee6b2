import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { type RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/problem/domain-error';
import { postgresLimiter } from '../../common/rate-limit/postgres-limiter';

export const LINK_REQUESTS_PER_WINDOW = 30;
export const LINK_WINDOW_SECONDS = 10 * 60;

/**
 * Counts every request to the partner's public form per client address, in PostgreSQL like the sign-in throttle
 * (so every API process shares the count): 30 in 10 minutes is far more than one partner answering needs, and far
 * too few to guess tokens. A guard, so that requests the validation pipe would refuse are counted too.
 */
@Injectable()
export class AssessmentLinkThrottle implements CanActivate {
  private readonly limiter: () => RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.limiter = postgresLimiter(dataSource, { keyPrefix: 'assessment-link', points: LINK_REQUESTS_PER_WINDOW, duration: LINK_WINDOW_SECONDS });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // req.ip honours X-Forwarded-For from a proxy on loopback only (trustProxy 'loopback' in app.factory.ts).
    const ip = context.switchToHttp().getRequest<FastifyRequest>().ip ?? 'unknown';
    try {
      await this.limiter().consume(ip);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const minutes = Math.max(1, Math.ceil(rejection.msBeforeNext / 60_000));
      throw new DomainError(
        'too_many_attempts',
        `Too many requests from your network. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again; your answers are kept on this page.`,
        [],
        { 'Retry-After': String(Math.ceil(rejection.msBeforeNext / 1000)) },
      );
    }
  }
}
