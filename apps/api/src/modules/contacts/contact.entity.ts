import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../../common/records/tracked-record';
import { PartnerEntity } from '../partners/partner.entity';

/** A person at a partner organisation. */
@Entity('contacts')
@Check('CHK_contacts_affiliation', 'see migration 1764288000000-partners')
@Index('UQ_contacts_primary', { synchronize: false })
@Index('IDX_contacts_search', { synchronize: false })
export class ContactEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_contacts' })
  id: string;

  @Index('IDX_contacts_partner_id')
  @Column('uuid')
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'FK_contacts_partner' })
  partner?: PartnerEntity;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  title: string | null;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('boolean', { default: false })
  isPrimary: boolean;

  /** Calendar days (YYYY-MM-DD), as PostgreSQL's date type returns them. */
  @Column('date', { nullable: true })
  affiliationStart: string | null;

  @Column('date', { nullable: true })
  affiliationEnd: string | null;

  /** Maintained by a database trigger from the searchable fields (see the stored-search-documents migration). */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchDocument: string;
}
