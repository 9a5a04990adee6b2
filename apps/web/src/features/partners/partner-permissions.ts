import { roleAtLeast } from '@common-ground/domain';
import type { Me, Partner } from '../../lib/api-types';

/** DOMAIN.md: librarians archive and restore only what they created; managers and administrators, anything. */
export function mayArchivePartner(me: Me, partner: Pick<Partner, 'createdBy'>): boolean {
  return roleAtLeast(me.role, 'manager') || partner.createdBy === me.id;
}

/** Reassigning an existing partner's liaison is for managers and administrators. */
export function mayReassignLiaison(me: Me): boolean {
  return roleAtLeast(me.role, 'manager');
}

export const ARCHIVE_NOT_ALLOWED =
  'Only the person who added this partner, a manager or an administrator can archive or restore it.';
