import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/problem/domain-error';
import { postgresLimiter } from '../../common/rate-limit/postgres-limiter';

export const MAX_FAILED_LOGINS = 10;
export const FAILED_LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Counts failed sign-ins per account in PostgreSQL (so every API process shares the count). After the tenth failure
 * within 15 minutes the account refuses further attempts, right or wrong, until the window ends. Unknown emails are
 * counted the same way, so the answer never reveals whether an account exists.
 */
@Injectable()
export class LoginThrottle {
  private readonly limiter: () => RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.limiter = postgresLimiter(dataSource, { keyPrefix: 'failed-login', points: MAX_FAILED_LOGINS, duration: FAILED_LOGIN_WINDOW_SECONDS });
  }

  async assertAllowed(email: string): Promise<void> {
    const state = await this.limiter().get(this.key(email));
    if (state && state.consumedPoints >= MAX_FAILED_LOGINS) throw this.tooMany(state);
  }

  async recordFailure(email: string): Promise<void> {
    try {
      await this.limiter().consume(this.key(email));
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw this.tooMany(rejection);
      throw rejection;
    }
  }

  async reset(email: string): Promise<void> {
    await this.limiter().delete(this.key(email));
  }

  private key(email: string): string {
    return email.trim().toLowerCase();
  }

  private tooMany(state: RateLimiterRes): DomainError {
    const minutes = Math.max(1, Math.ceil(state.msBeforeNext / 60_000));
    return new DomainError(
      'too_many_attempts',
      `Too many unsuccessful sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an administrator to reset your password.`,
      [],
      { 'Retry-After': String(Math.ceil(state.msBeforeNext / 1000)) },
    );
  }
}
