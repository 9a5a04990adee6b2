import { roleAtLeast } from '@common-ground/domain';
import type { Me } from '../../lib/api-types';

/**
 * DOMAIN.md: librarians archive and restore only what they created; managers and administrators, anything. The
 * same rule for a partner and for its contacts, goals and agreements.
 */
export function mayArchiveRecord(me: Me, record: { createdBy: string | null }): boolean {
  return roleAtLeast(me.role, 'manager') || record.createdBy === me.id;
}

/** Reassigning an existing partner's liaison is for managers and administrators. */
export function mayReassignLiaison(me: Me): boolean {
  return roleAtLeast(me.role, 'manager');
}

export const ARCHIVE_NOT_ALLOWED =
  'Only the person who added this partner, a manager or an administrator can archive or restore it.';
