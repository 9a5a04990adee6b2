import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import { ProgramSessionEntity } from './program-session.entity';
import type { ProgramSessionFields } from './program-session.mapper';
import { isoTime } from '../../common/database/sql-params';

export type NewProgramSession = Omit<ProgramSessionEntity, 'createdAt' | 'updatedAt' | 'version' | 'program'>;

@Injectable()
export class ProgramSessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findById(id: string, db: EntityManager = this.dataSource.manager): Promise<ProgramSessionEntity | null> {
    return db.getRepository(ProgramSessionEntity).findOneBy({ id });
  }

  /** Locks the row for the rest of the transaction, so two edits of one session are applied one after the other. */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<ProgramSessionEntity | null> {
    return db.getRepository(ProgramSessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Several sessions under lock, taken in id order so that two grid saves of one program never deadlock. */
  async findManyForUpdate(ids: readonly string[], db: EntityManager): Promise<ProgramSessionEntity[]> {
    if (ids.length === 0) return [];
    return db
      .getRepository(ProgramSessionEntity)
      .find({ where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * A page of a program's sessions, earliest first, with how many there are in all; null when there is no such
   * program (archived or not). One prepared statement (see preparedQuery) of plain rows, named as the entity's
   * fields, times as ISO text: the program's existence, the count and the page each took a statement of their own
   * before, and TypeORM's query builder and entity hydration cost more CPU than PostgreSQL spent on all three.
   */
  async listForProgram(
    programId: string,
    archived: ArchivedFilter,
    page: PageRequest,
    db?: EntityManager,
  ): Promise<{ rows: ProgramSessionFields[]; total: number } | null> {
    const shown = (alias: string) =>
      archived === 'false' ? `AND ${alias}.archived_at IS NULL` : archived === 'true' ? `AND ${alias}.archived_at IS NOT NULL` : '';
    // A program without a session in the page still gives one row (its count, the session columns null); no row:
    // no program. Both parts read IDX_program_sessions_program.
    const rows = await preparedQuery<ProgramSessionFields & { total: number }>(
      this.dataSource,
      `SELECT n.total, s.id, s.program_id AS "programId", ${isoTime('s.starts_at')} AS "startsAt", s.format,
              s.attendance_age_0_5 AS "attendanceAge0To5", s.attendance_age_6_11 AS "attendanceAge6To11",
              s.attendance_age_12_18 AS "attendanceAge12To18", s.attendance_age_19_plus AS "attendanceAge19Plus",
              s.attendance_general AS "attendanceGeneral", s.recorded_views AS "recordedViews",
              s.audience_matched AS "audienceMatched", s.notes, ${isoTime('s.created_at')} AS "createdAt",
              ${isoTime('s.updated_at')} AS "updatedAt", s.created_by AS "createdBy", s.version, ${isoTime('s.archived_at')} AS "archivedAt"
         FROM programs p
        CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM program_sessions c WHERE c.program_id = p.id ${shown('c')}) n
         LEFT JOIN LATERAL (
              SELECT * FROM program_sessions s WHERE s.program_id = p.id ${shown('s')}
               ORDER BY s.starts_at, s.id LIMIT $2 OFFSET $3) s ON true
        WHERE p.id = $1
        ORDER BY s.starts_at, s.id`,
      [programId, page.limit, page.offset],
      db,
    );
    if (rows.length === 0) return null;
    return { rows: rows[0]!.id === null ? [] : rows, total: rows[0]!.total };
  }

  async insert(session: Omit<NewProgramSession, 'id'>, db: EntityManager): Promise<ProgramSessionEntity> {
    // The database chooses the id (a preset one would make TypeORM look for an existing row first).
    const repository = db.getRepository(ProgramSessionEntity);
    return repository.save(repository.create(session));
  }

  async save(session: ProgramSessionEntity, db: EntityManager): Promise<ProgramSessionEntity> {
    return db.getRepository(ProgramSessionEntity).save(session);
  }

  /** New sessions (ids chosen by the caller) in one statement. */
  async insertMany(sessions: readonly NewProgramSession[], db: EntityManager): Promise<void> {
    if (sessions.length === 0) return;
    await db.getRepository(ProgramSessionEntity).insert(sessions.map((session) => ({ ...session, version: 1 })));
  }

  /** Changed sessions in one statement: every editable column, the version bumped, stamped by `actorId`. */
  async updateMany(sessions: readonly ProgramSessionEntity[], actorId: string, db: EntityManager): Promise<void> {
    if (sessions.length === 0) return;
    const column = <T>(pick: (session: ProgramSessionEntity) => T) => sessions.map(pick);
    await db.query(
      `UPDATE program_sessions s
          SET starts_at = v.starts_at, format = v.format, attendance_age_0_5 = v.a0, attendance_age_6_11 = v.a6,
              attendance_age_12_18 = v.a12, attendance_age_19_plus = v.a19, attendance_general = v.ag,
              recorded_views = v.recorded_views, audience_matched = v.audience_matched, notes = v.notes,
              updated_by = $12, updated_at = now(), version = s.version + 1
         FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[],
                     $9::int[], $10::boolean[], $11::text[])
              AS v(id, starts_at, format, a0, a6, a12, a19, ag, recorded_views, audience_matched, notes)
        WHERE s.id = v.id`,
      [
        column((s) => s.id),
        column((s) => s.startsAt.toISOString()),
        column((s) => s.format),
        column((s) => s.attendanceAge0To5),
        column((s) => s.attendanceAge6To11),
        column((s) => s.attendanceAge12To18),
        column((s) => s.attendanceAge19Plus),
        column((s) => s.attendanceGeneral),
        column((s) => s.recordedViews),
        column((s) => s.audienceMatched),
        column((s) => s.notes),
        actorId,
      ],
    );
  }
}
