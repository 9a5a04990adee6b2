import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import { AgreementEntity } from './agreement.entity';

export type NewAgreement = Omit<AgreementEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'partner'>;

@Injectable()
export class AgreementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findById(id: string, db: EntityManager = this.dataSource.manager): Promise<AgreementEntity | null> {
    return db.getRepository(AgreementEntity).findOneBy({ id });
  }

  /** Locks the row for the rest of the transaction, so two edits of one agreement are applied one after the other. */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<AgreementEntity | null> {
    return db.getRepository(AgreementEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A partner's agreements by review date, those without one last. */
  async listForPartner(partnerId: string, archived: ArchivedFilter, page: PageRequest): Promise<{ rows: AgreementEntity[]; total: number }> {
    const query = this.dataSource.createQueryBuilder(AgreementEntity, 'a').where('a.partnerId = :partnerId', { partnerId });
    if (archived === 'false') query.andWhere('a.archivedAt IS NULL');
    if (archived === 'true') query.andWhere('a.archivedAt IS NOT NULL');
    const total = await query.getCount();
    const rows = await query
      .orderBy('a.review_on', 'ASC', 'NULLS LAST')
      .addOrderBy('lower(a.title)', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getMany();
    return { rows, total };
  }

  async insert(agreement: NewAgreement, db: EntityManager): Promise<AgreementEntity> {
    const repository = db.getRepository(AgreementEntity);
    return repository.save(repository.create(agreement));
  }

  async save(agreement: AgreementEntity, db: EntityManager): Promise<AgreementEntity> {
    return db.getRepository(AgreementEntity).save(agreement);
  }
}
