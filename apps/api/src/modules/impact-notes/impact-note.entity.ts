import type { ImpactNoteKind, ValueDimension } from '@common-ground/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../../common/records/tracked-record';
import { PartnerEntity } from '../partners/partner.entity';
import { ProgramEntity } from '../programs/program.entity';

/**
 * Qualitative evidence of a partnership's value. A quote without consent never leaves the staff app (reports and
 * exports leave it out).
 */
@Entity('impact_notes')
@Check('CHK_impact_notes_kind', 'see migration 1764547200000-programs')
@Check('CHK_impact_notes_value_dimension', 'see migration')
@Check('CHK_impact_notes_link', 'see migration')
@Index('IDX_impact_notes_search', { synchronize: false })
@Index('IDX_impact_notes_noted_on', { synchronize: false })
export class ImpactNoteEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_impact_notes' })
  id: string;

  @Column('text')
  kind: ImpactNoteKind;

  @Column('text')
  text: string;

  /** Who said or wrote it ("a parent at the health fair", "The Daily Ledger"). */
  @Column('text', { nullable: true })
  attribution: string | null;

  @Column('text')
  valueDimension: ValueDimension;

  @Column('boolean', { default: false })
  consentToQuote: boolean;

  @Index('IDX_impact_notes_partner')
  @Column('uuid', { nullable: true })
  partnerId: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'FK_impact_notes_partner' })
  partner?: PartnerEntity | null;

  @Index('IDX_impact_notes_program')
  @Column('uuid', { nullable: true })
  programId: string | null;

  @ManyToOne(() => ProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'FK_impact_notes_program' })
  program?: ProgramEntity | null;

  @Column('date')
  notedOn: string;

  /** For media mentions: where it appeared. */
  @Column('text', { nullable: true })
  sourceUrl: string | null;

  /**
   * What the header's search matches: the text's words, kept by a database trigger (see the programs migration).
   * Never read or written by the app; optional so that records built in code need not mention it.
   */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchDocument?: string;
}
