import type { ProgramRole } from '@common-ground/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../../common/records/tracked-record';
import { ContactEntity } from '../contacts/contact.entity';
import { PartnerEntity } from '../partners/partner.entity';
import { ProgramEntity } from '../programs/program.entity';

/** A partner's role in a program, with its responsibilities and when an owner was named (SCORING.md TW). */
@Entity('program_roles')
@Check('CHK_program_roles_role', 'see migration 1764547200000-programs')
@Index('IDX_program_roles_partner', ['partnerId', 'programId'])
@Index('UQ_program_roles_live', { synchronize: false })
export class ProgramRoleEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_program_roles' })
  id: string;

  @Index('IDX_program_roles_program')
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'FK_program_roles_program' })
  program?: ProgramEntity;

  @Column('uuid')
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'FK_program_roles_partner' })
  partner?: PartnerEntity;

  @Column('text')
  role: ProgramRole;

  @Column('text', { default: '' })
  responsibilities: string;

  /** The partner's contact who owns this role, once named. */
  @Column('uuid', { nullable: true })
  ownerContactId: string | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_contact_id', foreignKeyConstraintName: 'FK_program_roles_owner_contact' })
  ownerContact?: ContactEntity | null;

  @Column('date', { nullable: true })
  ownerNamedOn: string | null;
}
