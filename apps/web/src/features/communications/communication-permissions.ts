import { roleAtLeast } from '@common-ground/domain';
import type { Me } from '../../lib/api-types';

/**
 * DOMAIN.md: a logged conversation is changed (edited, archived) by the person who logged it, or by a manager or
 * an administrator. The API decides; this only hides buttons that would be refused.
 */
export function mayChangeCommunication(me: Me, authorId: string | null): boolean {
  return roleAtLeast(me.role, 'manager') || (authorId !== null && authorId === me.id);
}
