import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import { ProgramSessionEntity } from './program-session.entity';

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

  /** A program's sessions, earliest first. */
  async listForProgram(
    programId: string,
    archived: ArchivedFilter,
    page: PageRequest,
    db: EntityManager = this.dataSource.manager,
  ): Promise<{ rows: ProgramSessionEntity[]; total: number }> {
    const query = db.createQueryBuilder(ProgramSessionEntity, 's').where('s.programId = :programId', { programId });
    if (archived === 'false') query.andWhere('s.archivedAt IS NULL');
    if (archived === 'true') query.andWhere('s.archivedAt IS NOT NULL');
    const [rows, total] = await query
      .orderBy('s.startsAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { rows, total };
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
