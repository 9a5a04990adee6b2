/**
 * Staff roles, from the permission matrix in DOMAIN.md. Partner contacts have no account and so no role.
 * Ordered from least to most authority; `roleAtLeast` relies on that order.
 */
export const STAFF_ROLES = ['librarian', 'manager', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  librarian: 'Programming librarian',
  manager: 'Manager',
  admin: 'Administrator',
};

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

/** True when `role` carries at least the authority of `minimum` (an administrator can do what a manager can). */
export function roleAtLeast(role: StaffRole, minimum: StaffRole): boolean {
  return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(minimum);
}
