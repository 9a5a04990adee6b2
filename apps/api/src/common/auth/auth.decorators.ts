import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { StaffRole } from '@common-ground/domain';
import type { FastifyRequest } from 'fastify';
import type { StaffMember } from './staff-member';

export const PUBLIC_ROUTE = 'commonGround:public';
export const MINIMUM_ROLE = 'commonGround:minimumRole';

/** No session needed (sign-in, health, a partner's assessment link). */
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);

/** The least role allowed to call the route; roles above it are allowed too (DOMAIN.md permission matrix). */
export const RequireRole = (role: StaffRole) => SetMetadata(MINIMUM_ROLE, role);

export type RequestWithStaff = FastifyRequest & { staff?: StaffMember };

export const CurrentStaff = createParamDecorator((_data: unknown, ctx: ExecutionContext): StaffMember => {
  const staff = ctx.switchToHttp().getRequest<RequestWithStaff>().staff;
  // The guard guarantees this on every non-public route; reaching here without one is a programming error.
  if (!staff) throw new Error('CurrentStaff used on a route without a session');
  return staff;
});
