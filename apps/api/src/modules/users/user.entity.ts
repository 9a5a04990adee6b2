import type { StaffRole } from '@common-ground/domain';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { StampedRecord } from '../../common/records/tracked-record';

@Entity('users')
@Check('CHK_users_role', `"role" IN ('librarian', 'manager', 'admin')`)
// An expression index (lower(email)) that TypeORM cannot describe; the migration owns it.
@Index('UQ_users_email_lower', { synchronize: false })
export class UserEntity extends StampedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_users' })
  id: string;

  @Column('text')
  name: string;

  /** Stored as typed; uniqueness is on lower(email) (see the migration), so logins ignore case. */
  @Column('text')
  email: string;

  @Column('text')
  role: StaffRole;

  @Column('boolean', { default: true })
  active: boolean;

  @Column('text', { select: false })
  passwordHash: string;

  @Column('timestamptz', { nullable: true })
  lastSignedInAt: Date | null;
}
