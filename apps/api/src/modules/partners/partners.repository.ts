import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { PartnerEntity } from './partner.entity';

export type NewPartner = Omit<PartnerEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'liaison' | 'searchDocument' | 'lastContactAt'>;

/** Writes and the lookups writes need; lists and views are in PartnersListRepository. */
@Injectable()
export class PartnersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Locks the row for the rest of the transaction, so two edits of one partner are applied one after the other. */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<PartnerEntity | null> {
    return db.getRepository(PartnerEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether a partner in use (not archived) already has this name, in any letter case. */
  async liveNameInUse(name: string, exceptId: string | undefined, db: EntityManager): Promise<boolean> {
    const query = db
      .createQueryBuilder(PartnerEntity, 'p')
      .where('lower(p.name) = lower(:name)', { name })
      .andWhere('p.archivedAt IS NULL');
    if (exceptId) query.andWhere('p.id <> :exceptId', { exceptId });
    return query.getExists();
  }

  async isActiveStaff(userId: string, db: EntityManager): Promise<boolean> {
    return db.getRepository(UserEntity).existsBy({ id: userId, active: true });
  }

  async insert(partner: NewPartner, db: EntityManager): Promise<PartnerEntity> {
    const repository = db.getRepository(PartnerEntity);
    return repository.save(repository.create(partner));
  }

  async save(partner: PartnerEntity, db: EntityManager): Promise<PartnerEntity> {
    return db.getRepository(PartnerEntity).save(partner);
  }
}
