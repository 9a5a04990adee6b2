import type { AgreementKind } from '@common-ground/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../../common/records/tracked-record';
import { PartnerEntity } from '../partners/partner.entity';

/** An MOU, contract, letter or informal understanding with a partner. */
@Entity('agreements')
@Check('CHK_agreements_kind', 'see migration 1764288000000-partners')
@Check('CHK_agreements_dates', 'see migration')
export class AgreementEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_agreements' })
  id: string;

  @Index('IDX_agreements_partner_id')
  @Column('uuid')
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'FK_agreements_partner' })
  partner?: PartnerEntity;

  @Column('text')
  kind: AgreementKind;

  @Column('text')
  title: string;

  @Column('date', { nullable: true })
  startsOn: string | null;

  @Column('date', { nullable: true })
  endsOn: string | null;

  /** The renewal or review date. */
  @Index('IDX_agreements_review_on')
  @Column('date', { nullable: true })
  reviewOn: string | null;

  /** Whether the agreement lists each side's contributions (SCORING.md "Expectations documented"). */
  @Column('boolean', { default: false })
  listsContributions: boolean;

  /** A link to the signed document (the library's document store); files are not uploaded here. */
  @Column('text', { nullable: true })
  attachmentUrl: string | null;
}
