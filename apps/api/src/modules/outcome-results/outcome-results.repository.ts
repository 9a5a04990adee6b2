import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OUTCOME_MEASURES, OUTCOME_TIMINGS } from '@common-ground/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import { OutcomeResultEntity } from './outcome-result.entity';

export type NewOutcomeResult = Omit<OutcomeResultEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'program' | 'session'>;

/** The partial unique index of the migration: one live result per program, session (or none), timing and measure. */
export const LIVE_RESULT_INDEX = 'UQ_outcome_results_live';

@Injectable()
export class OutcomeResultsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Locks the row for the rest of the transaction, so two edits of one result are applied one after the other. */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<OutcomeResultEntity | null> {
    return db.getRepository(OutcomeResultEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findById(id: string): Promise<OutcomeResultEntity | null> {
    return this.dataSource.getRepository(OutcomeResultEntity).findOneBy({ id });
  }

  /**
   * A program's results: whole-program ones first, then per session in session order; within each, immediate
   * before follow-up and the measures in their usual order.
   */
  async listForProgram(programId: string, archived: ArchivedFilter, page: PageRequest): Promise<{ rows: OutcomeResultEntity[]; total: number }> {
    const query = this.dataSource
      .createQueryBuilder(OutcomeResultEntity, 'o')
      .leftJoin('o.session', 's')
      .addSelect(`array_position(ARRAY[:...timings]::text[], o.timing)`, 'timing_order')
      .addSelect(`array_position(ARRAY[:...measures]::text[], o.measure)`, 'measure_order')
      .addSelect('s.startsAt', 'session_starts_at')
      .where('o.programId = :programId', { programId, timings: OUTCOME_TIMINGS.keys, measures: OUTCOME_MEASURES.keys });
    if (archived === 'false') query.andWhere('o.archivedAt IS NULL');
    if (archived === 'true') query.andWhere('o.archivedAt IS NOT NULL');
    const total = await query.getCount();
    const rows = await query
      .orderBy('session_starts_at', 'ASC', 'NULLS FIRST')
      .addOrderBy('timing_order', 'ASC')
      .addOrderBy('measure_order', 'ASC')
      .addOrderBy('o.created_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getMany();
    return { rows, total };
  }

  /** A session's program and whether it is archived (share-locked, so it cannot be archived meanwhile); null if none. */
  async findSession(sessionId: string, db: EntityManager): Promise<{ programId: string; archived: boolean } | null> {
    const rows: { program_id: string; archived: boolean }[] = await db.query(
      'SELECT program_id, archived_at IS NOT NULL AS archived FROM program_sessions WHERE id = $1 FOR SHARE',
      [sessionId],
    );
    const row = rows[0];
    return row ? { programId: row.program_id, archived: row.archived } : null;
  }

  /**
   * Whether another live result covers the same program, session (or none), timing and measure. The unique index
   * is the guarantee (two people adding at once); asking first answers the everyday case without a failed insert.
   */
  async liveDuplicateExists(
    key: Pick<OutcomeResultEntity, 'programId' | 'sessionId' | 'timing' | 'measure'>,
    exceptId: string | null,
    db: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM outcome_results
        WHERE program_id = $1 AND session_id IS NOT DISTINCT FROM $2 AND timing = $3 AND measure = $4
          AND archived_at IS NULL AND ($5::uuid IS NULL OR id <> $5::uuid)
        LIMIT 1`,
      [key.programId, key.sessionId, key.timing, key.measure, exceptId],
    );
    return rows.length > 0;
  }

  async insert(result: NewOutcomeResult, db: EntityManager): Promise<OutcomeResultEntity> {
    const repository = db.getRepository(OutcomeResultEntity);
    return repository.save(repository.create(result));
  }

  async save(result: OutcomeResultEntity, db: EntityManager): Promise<OutcomeResultEntity> {
    return db.getRepository(OutcomeResultEntity).save(result);
  }
}
