import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A signed-in browser. The cookie holds a random token; only its keyed hash is stored here. */
@Entity('staff_sessions')
export class StaffSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_staff_sessions' })
  id: string;

  @Index('IDX_staff_sessions_token_hash', { unique: true })
  @Column('text')
  tokenHash: string;

  @Index('IDX_staff_sessions_user_id')
  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_staff_sessions_user' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  lastSeenAt: Date;

  @Column('timestamptz')
  idleExpiresAt: Date;

  @Column('text', { nullable: true })
  userAgent: string | null;
}
