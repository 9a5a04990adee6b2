import type { StaffRole } from '@common-ground/domain';

/** The signed-in staff member, as the guard found them for this request. */
export interface StaffMember {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  sessionId: string;
}
