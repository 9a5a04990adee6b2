import type { StaffRole } from '@common-ground/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('users')
@Check('CHK_users_role', `"role" IN ('librarian', 'manager', 'admin')`)
// An expression index (lower(email)) that TypeORM cannot describe; the migration owns it.
@Index('UQ_users_email_lower', { synchronize: false })
export class UserEntity {
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Column('uuid', { nullable: true })
  updatedBy: string | null;

  @VersionColumn()
  version: number;
}
