import type { CommitmentStatus, Side } from '@common-ground/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../../common/records/tracked-record';
import { CommunicationEntity } from '../communications/communication.entity';
import { ContactEntity } from '../contacts/contact.entity';
import { PartnerEntity } from '../partners/partner.entity';
import { ProgramEntity } from '../programs/program.entity';
import { UserEntity } from '../users/user.entity';

/**
 * Who promised to do what by when: a follow-up from a communication, or (with programs) a role duty. Done on time
 * or late is derived from completedOn against dueOn, never stored; overdue is open past dueOn.
 */
@Entity('commitments')
@Check('CHK_commitments_owner_side', 'see migration 1764460800000-communications')
@Check('CHK_commitments_owner', 'see migration')
@Check('CHK_commitments_status', 'see migration')
@Check('CHK_commitments_completed', 'see migration')
@Check('CHK_commitments_description', 'see migration')
@Index('IDX_commitments_partner_due', ['partnerId', 'dueOn'])
@Index('IDX_commitments_open_owner', { synchronize: false })
@Index('IDX_commitments_open_due', { synchronize: false })
export class CommitmentEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_commitments' })
  id: string;

  @Column('uuid')
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'FK_commitments_partner' })
  partner?: PartnerEntity;

  /** The communication this follow-up came from, if any. */
  @Index('IDX_commitments_communication')
  @Column('uuid', { nullable: true })
  communicationId: string | null;

  @ManyToOne(() => CommunicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communication_id', foreignKeyConstraintName: 'FK_commitments_communication' })
  communication?: CommunicationEntity | null;

  /** The program this is a duty of, if any (a program role's work, say). */
  @Index('IDX_commitments_program')
  @Column('uuid', { nullable: true })
  programId: string | null;

  @ManyToOne(() => ProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'FK_commitments_program' })
  program?: ProgramEntity | null;

  @Column('text')
  ownerSide: Side;

  /** The staff member who owns it (library side only). */
  @Column('uuid', { nullable: true })
  ownerUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'FK_commitments_owner_user' })
  ownerUser?: UserEntity | null;

  /** The partner's contact who owns it (partner side only). */
  @Column('uuid', { nullable: true })
  ownerContactId: string | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_contact_id', foreignKeyConstraintName: 'FK_commitments_owner_contact' })
  ownerContact?: ContactEntity | null;

  @Column('text')
  description: string;

  @Column('date')
  dueOn: string;

  @Column('text', { default: 'open' })
  status: CommitmentStatus;

  /** Set exactly when status is done. */
  @Column('date', { nullable: true })
  completedOn: string | null;

  @Column('timestamptz', { nullable: true })
  statusChangedAt: Date | null;

  @Column('uuid', { nullable: true })
  statusChangedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'status_changed_by', foreignKeyConstraintName: 'FK_commitments_status_changed_by' })
  statusChanger?: UserEntity | null;

  /** Why the status last changed, when the change needs saying (reopening a closed commitment, say). */
  @Column('text', { nullable: true })
  statusReason: string | null;
}
