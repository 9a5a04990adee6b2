import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import { ContactEntity } from './contact.entity';

export type NewContact = Omit<ContactEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'partner' | 'searchDocument'>;

@Injectable()
export class ContactsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findById(id: string, db: EntityManager = this.dataSource.manager): Promise<ContactEntity | null> {
    return db.getRepository(ContactEntity).findOneBy({ id });
  }

  /** Locks the row for the rest of the transaction, so two edits of one contact are applied one after the other. */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<ContactEntity | null> {
    return db.getRepository(ContactEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The partner's primary contact in use, other than `exceptId`, locked for update; null when there is none. */
  async findLivePrimaryForUpdate(partnerId: string, exceptId: string | undefined, db: EntityManager): Promise<ContactEntity | null> {
    const query = db
      .createQueryBuilder(ContactEntity, 'c')
      .where('c.partnerId = :partnerId', { partnerId })
      .andWhere('c.isPrimary = true')
      .andWhere('c.archivedAt IS NULL')
      .setLock('pessimistic_write');
    if (exceptId) query.andWhere('c.id <> :exceptId', { exceptId });
    return query.getOne();
  }

  /** A partner's contacts: the primary contact in use first, then by name. */
  async listForPartner(partnerId: string, archived: ArchivedFilter, page: PageRequest): Promise<{ rows: ContactEntity[]; total: number }> {
    const query = this.dataSource.createQueryBuilder(ContactEntity, 'c').where('c.partnerId = :partnerId', { partnerId });
    if (archived === 'false') query.andWhere('c.archivedAt IS NULL');
    if (archived === 'true') query.andWhere('c.archivedAt IS NOT NULL');
    const total = await query.getCount();
    const rows = await query
      .orderBy('CASE WHEN c.is_primary AND c.archived_at IS NULL THEN 0 ELSE 1 END', 'ASC')
      .addOrderBy('lower(c.name)', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getMany();
    return { rows, total };
  }

  async insert(contact: NewContact, db: EntityManager): Promise<ContactEntity> {
    const repository = db.getRepository(ContactEntity);
    return repository.save(repository.create(contact));
  }

  async save(contact: ContactEntity, db: EntityManager): Promise<ContactEntity> {
    return db.getRepository(ContactEntity).save(contact);
  }
}
