import { roleAtLeast, type StaffRole } from '@common-ground/domain';
import type { ReactNode } from 'react';
import { useCurrentUser } from '../hooks/use-me';
import { NoAccess } from './no-access';

/** Hides a page from roles the permission matrix (DOMAIN.md) does not allow; the API enforces it too. */
export function RequireRole({ minimum, children }: { minimum: StaffRole; children: ReactNode }) {
  const me = useCurrentUser();
  return roleAtLeast(me.role, minimum) ? children : <NoAccess />;
}
