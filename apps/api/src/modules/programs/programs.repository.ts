import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ProgramEntity } from './program.entity';

// Session totals are the database's to keep (a trigger), never written by the API.
export type NewProgram = Omit<ProgramEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'sessionCount' | 'attendanceTotal' | 'recordedViewsTotal'>;

/** Writes and the lookups writes need; lists and views are in ProgramViewsRepository. */
@Injectable()
export class ProgramsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Locks the row for the rest of the transaction, so two edits of one program are applied one after the other,
   * and waits for anyone adding a session or role to it (they hold a share lock) to finish.
   */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<ProgramEntity | null> {
    return db.getRepository(ProgramEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The first and last UTC day of the program's live sessions; nulls when it has none. */
  async liveSessionSpan(programId: string, db: EntityManager): Promise<{ first: string | null; last: string | null; count: number }> {
    const rows: { first: string | null; last: string | null; count: number }[] = await db.query(
      `SELECT min((starts_at AT TIME ZONE 'UTC')::date)::text AS first, max((starts_at AT TIME ZONE 'UTC')::date)::text AS last,
              count(*)::int AS count
         FROM program_sessions WHERE program_id = $1 AND archived_at IS NULL`,
      [programId],
    );
    return rows[0] ?? { first: null, last: null, count: 0 };
  }

  async insert(program: NewProgram, db: EntityManager): Promise<ProgramEntity> {
    const repository = db.getRepository(ProgramEntity);
    return repository.save(repository.create(program));
  }

  async save(program: ProgramEntity, db: EntityManager): Promise<ProgramEntity> {
    return db.getRepository(ProgramEntity).save(program);
  }
}
