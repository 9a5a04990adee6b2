import type { ProgramRole } from '@common-ground/domain';
import { VersionDto } from '../../../common/validation/version.dto';
import { OwnerContactIdField, OwnerNamedOnField, ResponsibilitiesField, RoleField } from './program-role-fields';

/** Only the fields sent change; null clears the owner or its date. The partner of a role does not change. */
export class UpdateProgramRoleDto extends VersionDto {
  @RoleField(false) role?: ProgramRole;
  @ResponsibilitiesField() responsibilities?: string;
  @OwnerContactIdField() ownerContactId?: string | null;
  @OwnerNamedOnField() ownerNamedOn?: string | null;
}
