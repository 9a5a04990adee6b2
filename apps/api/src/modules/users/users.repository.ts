import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type PageRequest, parseSort } from '../../common/pagination/page';
import { UserEntity } from './user.entity';

export interface UserListFilter {
  q?: string;
  includeInactive: boolean;
  sort?: string;
}

/** Advisory lock key for account changes (any fixed number unique to this purpose). */
const ACCOUNT_CHANGES_LOCK = 7_311_001;

const SORT_COLUMNS = { name: 'u.name', email: 'u.email', role: 'u.role', createdAt: 'u.createdAt', lastSignedInAt: 'u.lastSignedInAt' } as const;

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findById(id: string, db: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return db.getRepository(UserEntity).findOneBy({ id });
  }

  /** Locks the row for the rest of the transaction, so two edits of one account are applied one after the other. */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<UserEntity | null> {
    return db.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findByEmailWithPassword(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  async emailInUse(email: string, exceptId: string | undefined, db: EntityManager = this.dataSource.manager): Promise<boolean> {
    const query = db.createQueryBuilder(UserEntity, 'u').where('lower(u.email) = lower(:email)', { email });
    if (exceptId) query.andWhere('u.id <> :exceptId', { exceptId });
    return query.getExists();
  }

  async countUsers(): Promise<number> {
    return this.dataSource.getRepository(UserEntity).count();
  }

  /**
   * Runs account changes one at a time. Without it, two administrators demoting each other would each hold one
   * account row and wait for the other's (a deadlock); account changes are rare, so queueing them costs nothing.
   */
  async serialiseAccountChanges(db: EntityManager): Promise<void> {
    await db.query('SELECT pg_advisory_xact_lock($1)', [ACCOUNT_CHANGES_LOCK]);
  }

  /**
   * Locks every active administrator before counting them: two administrators demoting each other at the same
   * moment then run one after the other, and the second sees it would leave none.
   */
  async lockActiveAdminIds(db: EntityManager): Promise<string[]> {
    const rows = await db
      .createQueryBuilder(UserEntity, 'u')
      .select('u.id', 'id')
      .where("u.role = 'admin' AND u.active = true")
      .orderBy('u.id')
      .setLock('pessimistic_write')
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  async list(filter: UserListFilter, page: PageRequest): Promise<{ rows: UserEntity[]; total: number }> {
    const query = this.dataSource.createQueryBuilder(UserEntity, 'u');
    if (!filter.includeInactive) query.andWhere('u.active = true');
    if (filter.q) {
      const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(u.name ILIKE :pattern OR u.email ILIKE :pattern)', { pattern });
    }
    const { field, direction } = parseSort<keyof typeof SORT_COLUMNS>(filter.sort, 'name');
    const [rows, total] = await query
      .orderBy(SORT_COLUMNS[field], direction, 'NULLS LAST')
      .addOrderBy('u.id', 'ASC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { rows, total };
  }

  async insert(user: Omit<UserEntity, 'id' | 'createdAt' | 'updatedAt' | 'version'>, db: EntityManager): Promise<UserEntity> {
    const repository = db.getRepository(UserEntity);
    return repository.save(repository.create(user));
  }

  async save(user: UserEntity, db: EntityManager): Promise<UserEntity> {
    return db.getRepository(UserEntity).save(user);
  }

  async recordSignIn(id: string, at: Date): Promise<void> {
    // A plain UPDATE: signing in is not an edit of the account, so it must not bump the version others hold.
    await this.dataSource.query('UPDATE users SET last_signed_in_at = $1 WHERE id = $2', [at, id]);
  }
}
