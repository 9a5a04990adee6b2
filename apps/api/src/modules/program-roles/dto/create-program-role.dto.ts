import type { ProgramRole } from '@common-ground/domain';
import { OwnerContactIdField, OwnerNamedOnField, PartnerIdField, ResponsibilitiesField, RoleField } from './program-role-fields';

/** A partner's role in a program: on its own, or in the `roles` of a new program. */
export class CreateProgramRoleDto {
  @PartnerIdField() partnerId: string;
  @RoleField(true) role: ProgramRole;
  @ResponsibilitiesField() responsibilities?: string;
  @OwnerContactIdField() ownerContactId?: string | null;
  @OwnerNamedOnField() ownerNamedOn?: string | null;
}
