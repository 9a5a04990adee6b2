import type { FocusArea, ImpactArea, InteractionType, PartnerStage, PartnerType, Public } from '@common-ground/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../../common/records/tracked-record';
import { UserEntity } from '../users/user.entity';

/** An organisation the library works with, and the library's one relationship with it. */
@Entity('partners')
// Constraints and indexes TypeORM cannot describe (lists, expressions, partial indexes) are owned by the migration.
@Check('CHK_partners_type', 'see migration 1764288000000-partners')
@Check('CHK_partners_stage', 'see migration')
@Check('CHK_partners_focus_areas', 'see migration')
@Check('CHK_partners_publics', 'see migration')
@Check('CHK_partners_interaction_types', 'see migration')
@Check('CHK_partners_impact_areas', 'see migration')
@Check('CHK_partners_cadence', 'see migration')
@Check('CHK_partners_collaboration', 'see migration')
@Index('UQ_partners_name_live', { synchronize: false })
@Index('IDX_partners_name_lower', { synchronize: false })
@Index('IDX_partners_focus_areas', { synchronize: false })
@Index('IDX_partners_tags', { synchronize: false })
@Index('IDX_partners_search', { synchronize: false })
@Index('IDX_partners_live', { synchronize: false })
@Index('IDX_partners_live_name', { synchronize: false })
@Index('IDX_partners_live_updated_at', { synchronize: false })
@Index('IDX_partners_archived', { synchronize: false })
@Index('IDX_partners_contact_due', { synchronize: false })
export class PartnerEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_partners' })
  id: string;

  @Column('text')
  name: string;

  @Index('IDX_partners_type')
  @Column('text')
  type: PartnerType;

  @Column('text', { nullable: true })
  website: string | null;

  @Column('text', { nullable: true })
  address: string | null;

  @Column('text', { default: '' })
  description: string;

  @Column('text', { array: true, default: '{}' })
  focusAreas: FocusArea[];

  @Column('text', { array: true, default: '{}' })
  publics: Public[];

  @Column('text', { array: true, default: '{}' })
  interactionTypes: InteractionType[];

  @Column('text', { array: true, default: '{}' })
  impactAreas: ImpactArea[];

  @Index('IDX_partners_stage')
  @Column('text')
  stage: PartnerStage;

  @Index('IDX_partners_liaison_id')
  @Column('uuid', { nullable: true })
  liaisonId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'liaison_id', foreignKeyConstraintName: 'FK_partners_liaison' })
  liaison?: UserEntity | null;

  @Column('integer', { default: 30 })
  contactCadenceDays: number;

  @Column('smallint', { nullable: true })
  collaborationLevelLibrary: number | null;

  @Column('smallint', { nullable: true })
  collaborationLevelPartner: number | null;

  @Column('text', { array: true, default: '{}' })
  tags: string[];

  /** Maintained by a database trigger from the searchable fields (see the stored-search-documents migration). */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchDocument: string;

  /**
   * The last two-way, substantive communication in use, maintained by triggers on communications (see the
   * partner-last-contact migration). Never written from here: a partner edit must not put back a value it read.
   */
  @Column({ type: 'timestamptz', nullable: true, select: false, insert: false, update: false })
  lastContactAt: Date | null;
}
