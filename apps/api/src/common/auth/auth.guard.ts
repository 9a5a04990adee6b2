import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { roleAtLeast, type StaffRole } from '@common-ground/domain';
import { SessionsService } from '../../modules/auth/sessions.service';
import { DomainError } from '../problem/domain-error';
import { MINIMUM_ROLE, PUBLIC_ROUTE, type RequestWithStaff } from './auth.decorators';
import { SESSION_COOKIE } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one guard. It decides who may call a route: CSRF header on every state change, a live session unless the
 * route is public, and the route's minimum role. Which records a caller may touch is the services' business.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithStaff>();
    // A cross-site form cannot set custom headers, so requiring one keeps the cookie from being used against us.
    if (!SAFE_METHODS.has(req.method) && !req.headers['x-requested-with']) {
      throw new DomainError('csrf_header_missing', 'Requests that change data must carry the X-Requested-With header.');
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const staff = token ? await this.sessions.resume(token) : undefined;
    if (!staff) throw new DomainError('not_signed_in', 'Your session has ended or you are not signed in. Sign in to continue.');
    req.staff = staff;

    const minimum = this.reflector.getAllAndOverride<StaffRole | undefined>(MINIMUM_ROLE, targets);
    if (minimum && !roleAtLeast(staff.role, minimum)) {
      throw new DomainError('forbidden', 'Your role does not allow this. Ask an administrator if you need it.');
    }
    return true;
  }
}
