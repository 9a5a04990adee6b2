import { roleAtLeast } from '@common-ground/domain';
import type { StaffMember } from '../auth/staff-member';
import { DomainError } from '../problem/domain-error';

/**
 * DOMAIN.md permission matrix, "Archive and restore records": librarians their own records, managers and
 * administrators any. The record is visible to the caller either way, so refusal is a 403, not a 404.
 */
export function assertMayArchive(staff: StaffMember, record: { createdBy: string | null }, what: string): void {
  if (roleAtLeast(staff.role, 'manager') || record.createdBy === staff.id) return;
  throw new DomainError(
    'forbidden',
    `Only the person who added this ${what}, or a manager, can archive or restore it. Ask a manager if it should go.`,
  );
}
