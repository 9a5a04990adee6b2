import type { ProgramRole } from '@common-ground/domain';
import type { ProgramRoleResponseDto } from './dto/program-role.response.dto';
import type { ProgramRoleEntity } from './program-role.entity';
import type { ProgramRoleRow } from './program-roles.repository';

export function toProgramRoleResponse(row: ProgramRoleRow): ProgramRoleResponseDto {
  return {
    id: row.id,
    programId: row.program_id,
    partner: { id: row.partner_id, name: row.partner_name },
    role: row.role as ProgramRole,
    responsibilities: row.responsibilities,
    ownerContact: row.owner_contact_id ? { id: row.owner_contact_id, name: row.owner_contact_name ?? '' } : null,
    ownerNamedOn: row.owner_named_on,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    version: row.version,
    archivedAt: row.archived_at ? row.archived_at.toISOString() : null,
  };
}

/**
 * What the audit log records of a role. It carries the program, so the partner's timeline can say "added to
 * program X as presenter" (the entry's partnerId is the role's partner).
 */
export function programRoleAuditSnapshot(role: ProgramRoleEntity): Record<string, unknown> {
  return {
    programId: role.programId,
    partnerId: role.partnerId,
    role: role.role,
    responsibilities: role.responsibilities,
    ownerContactId: role.ownerContactId,
    ownerNamedOn: role.ownerNamedOn,
    archivedAt: role.archivedAt,
  };
}
