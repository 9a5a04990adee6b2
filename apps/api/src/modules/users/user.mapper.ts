import type { UserResponseDto } from './dto/user.response.dto';
import type { UserEntity } from './user.entity';

export function toUserResponse(user: UserEntity): UserResponseDto {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    active: user.active,
    lastSignedInAt: user.lastSignedInAt ? user.lastSignedInAt.toISOString() : null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    version: user.version,
  };
}

/** What the audit log records of an account (never the password hash itself). */
export function userAuditSnapshot(user: UserEntity): Record<string, unknown> {
  return { name: user.name, email: user.email, role: user.role, active: user.active };
}
