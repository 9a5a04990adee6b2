import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import { GoalEntity } from './goal.entity';
import { goalReviewDueOnSql } from './goal-review';

export type NewGoal = Omit<GoalEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'partner'>;

@Injectable()
export class GoalsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findById(id: string, db: EntityManager = this.dataSource.manager): Promise<GoalEntity | null> {
    return db.getRepository(GoalEntity).findOneBy({ id });
  }

  /** Locks the row for the rest of the transaction, so two edits of one goal are applied one after the other. */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<GoalEntity | null> {
    return db.getRepository(GoalEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A partner's goals, the one due for review soonest first. */
  async listForPartner(partnerId: string, archived: ArchivedFilter, page: PageRequest): Promise<{ rows: GoalEntity[]; total: number }> {
    const query = this.dataSource.createQueryBuilder(GoalEntity, 'g').where('g.partnerId = :partnerId', { partnerId });
    if (archived === 'false') query.andWhere('g.archivedAt IS NULL');
    if (archived === 'true') query.andWhere('g.archivedAt IS NOT NULL');
    const total = await query.getCount();
    const rows = await query
      .orderBy(goalReviewDueOnSql('g'), 'ASC')
      .addOrderBy('g.created_at', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getMany();
    return { rows, total };
  }

  async insert(goal: NewGoal, db: EntityManager): Promise<GoalEntity> {
    const repository = db.getRepository(GoalEntity);
    return repository.save(repository.create(goal));
  }

  async save(goal: GoalEntity, db: EntityManager): Promise<GoalEntity> {
    return db.getRepository(GoalEntity).save(goal);
  }
}
