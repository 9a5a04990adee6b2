import type { Factor, FactorTagSign } from '@common-ground/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommunicationEntity } from './communication.entity';

/** "This meeting was evidence of good (or poor) <factor>", at most one per factor per communication. */
@Entity('communication_factor_tags')
@Check('CHK_communication_factor_tags_factor', 'see migration 1764460800000-communications')
@Check('CHK_communication_factor_tags_sign', 'see migration')
export class CommunicationFactorTagEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_communication_factor_tags' })
  communicationId: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'PK_communication_factor_tags' })
  factor: Factor;

  @ManyToOne(() => CommunicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'communication_id', foreignKeyConstraintName: 'FK_communication_factor_tags_communication' })
  communication?: CommunicationEntity;

  @Column('text')
  sign: FactorTagSign;

  @Column('text', { nullable: true })
  note: string | null;
}
