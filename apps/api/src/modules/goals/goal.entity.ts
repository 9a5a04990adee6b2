import type { GoalAgreedBy } from '@common-ground/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../../common/records/tracked-record';
import { PartnerEntity } from '../partners/partner.entity';

/** A shared goal of a partnership: who agreed to it and when it was last reviewed. */
@Entity('goals')
@Check('CHK_goals_agreed_by', 'see migration 1764288000000-partners')
// The attention list's goals due for review (an expression index: see migration 1764806400000-partner-last-contact).
@Index('IDX_goals_review_due', { synchronize: false })
export class GoalEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_goals' })
  id: string;

  @Index('IDX_goals_partner_id')
  @Column('uuid')
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'FK_goals_partner' })
  partner?: PartnerEntity;

  @Column('text')
  text: string;

  @Column('text')
  agreedBy: GoalAgreedBy;

  @Column('date', { nullable: true })
  lastReviewedOn: string | null;
}
