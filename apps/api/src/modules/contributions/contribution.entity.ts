import type { ContributionStage, ContributionType, ContributionUnit, Side } from '@common-ground/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../../common/records/tracked-record';
import { PartnerEntity } from '../partners/partner.entity';
import { ProgramEntity } from '../programs/program.entity';

/** numeric columns come back from pg as strings; keep them exact as strings until they are shown or summed in SQL. */
const decimal = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * One line of the contributions ledger: what one side brought to a partnership or a program. When a value comes
 * from a rate (volunteer hours), the rate, its source and year are stored on the line, so a report made today
 * still adds up the same after the rate in settings changes.
 */
@Entity('contributions')
@Check('CHK_contributions_side', 'see migration 1764547200000-programs')
@Check('CHK_contributions_link', 'see migration')
@Check('CHK_contributions_type', 'see migration')
@Check('CHK_contributions_stage', 'see migration')
@Check('CHK_contributions_unit', 'see migration')
@Check('CHK_contributions_amounts', 'see migration')
@Check('CHK_contributions_rate', 'see migration')
@Index('IDX_contributions_partner', ['partnerId', 'contributedOn'])
export class ContributionEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_contributions' })
  id: string;

  @Column('text')
  side: Side;

  /** The partnership it belongs to; may be empty only for a library contribution to a program. */
  @Column('uuid', { nullable: true })
  partnerId: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'FK_contributions_partner' })
  partner?: PartnerEntity | null;

  @Index('IDX_contributions_program')
  @Column('uuid', { nullable: true })
  programId: string | null;

  @ManyToOne(() => ProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'FK_contributions_program' })
  program?: ProgramEntity | null;

  @Column('text')
  type: ContributionType;

  @Column('text')
  stage: ContributionStage;

  @Column('text', { default: '' })
  description: string;

  @Column('numeric', { precision: 12, scale: 2, nullable: true, transformer: decimal })
  quantity: number | null;

  @Column('text', { nullable: true })
  unit: ContributionUnit | null;

  /** In dollars: entered, or quantity × rate. */
  @Column('numeric', { precision: 12, scale: 2, nullable: true, transformer: decimal })
  moneyValue: number | null;

  @Column('numeric', { precision: 10, scale: 2, nullable: true, transformer: decimal })
  rate: number | null;

  @Column('text', { nullable: true })
  rateSource: string | null;

  @Column('integer', { nullable: true })
  rateYear: number | null;

  @Column('date')
  contributedOn: string;
}
