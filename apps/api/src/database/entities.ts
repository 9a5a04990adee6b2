import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { StaffSessionEntity } from '../modules/auth/staff-session.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every entity, listed explicitly (no globs) so the same list works under tsc, swc and jest. */
export const ENTITIES = [UserEntity, StaffSessionEntity, AuditEntryEntity];
