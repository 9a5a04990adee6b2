import type { Channel, Side } from '@common-ground/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../../common/records/tracked-record';
import { PartnerEntity } from '../partners/partner.entity';

/**
 * A logged interaction with a partner: the raw evidence of recency, coverage, initiation balance and factor tags in
 * the health model (SCORING.md). createdBy is its author, who may edit it along with managers.
 */
@Entity('communications')
@Check('CHK_communications_channel', 'see migration 1764460800000-communications')
@Check('CHK_communications_initiated_by', 'see migration')
@Check('CHK_communications_summary', 'see migration')
// By partner and date, carrying archived_at so the timeline counts from the index (migration 1765238400000).
@Index('IDX_communications_partner_occurred', { synchronize: false })
@Index('IDX_communications_created_by', ['createdBy', 'occurredAt'])
@Index('IDX_communications_last_contact', { synchronize: false })
@Index('IDX_communications_search', { synchronize: false })
@Index('IDX_communications_occurred', { synchronize: false })
export class CommunicationEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_communications' })
  id: string;

  @Column('uuid')
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'FK_communications_partner' })
  partner?: PartnerEntity;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('text')
  channel: Channel;

  @Column('text')
  initiatedBy: Side;

  @Column('boolean')
  twoWay: boolean;

  @Column('boolean')
  substantive: boolean;

  @Column('text', { default: '' })
  summary: string;

  /** Staff users who took part (ids of active users when logged). */
  @Column('uuid', { array: true, default: '{}' })
  staffParticipantIds: string[];

  /** The partner's contacts who took part (contacts of this partner only). */
  @Column('uuid', { array: true, default: '{}' })
  contactParticipantIds: string[];

  /**
   * What the header's search matches: the summary's words, kept by a database trigger (see the communications
   * migration). Never read or written by the app; optional so that records built in code need not mention it.
   */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchDocument?: string;
}
