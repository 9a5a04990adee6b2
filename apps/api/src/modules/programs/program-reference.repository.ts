import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/problem/domain-error';
import { programArchived } from './programs.errors';

/** What records hanging off a program need to know of it. */
export interface ProgramReference {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  archived: boolean;
}

/**
 * "This program exists (and is in use)": the check every record that belongs to a program (roles, sessions,
 * contributions, outcome results, notes) makes before it is created, changed or restored.
 */
const LOCK_CLAUSE = { none: '', share: ' FOR SHARE', totals: ' FOR NO KEY UPDATE' } as const;

@Injectable()
export class ProgramReferenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The program, or 404 when there is none, or 400 on `field` when it is archived. Takes a share lock on the
   * program row for the rest of the transaction: the program cannot be archived, nor its dates moved, while a
   * record is added to it (those writes lock the row for update and wait). Share locks do not wait for each other.
   * Session writers pass lock 'totals' (FOR NO KEY UPDATE): their trigger rewrites the program's session totals,
   * and two share-lock holders both upgrading to that update would deadlock; so they queue here instead.
   */
  async requireLive(
    programId: string,
    db: EntityManager = this.dataSource.manager,
    field = 'programId',
    lock: 'share' | 'totals' = 'share',
  ): Promise<ProgramReference> {
    const program = await this.find(programId, db, lock);
    if (!program) throw notFound('program');
    if (program.archived) throw programArchived(field);
    return program;
  }

  /** The program, archived or not (reading an archived program's records is allowed); 404 when there is none. */
  async requireExisting(programId: string, db: EntityManager = this.dataSource.manager): Promise<ProgramReference> {
    const program = await this.find(programId, db, 'none');
    if (!program) throw notFound('program');
    return program;
  }

  /** The program or null, for callers that name a program in a body field and answer 400 rather than 404. */
  async find(programId: string, db: EntityManager = this.dataSource.manager, lock: 'none' | 'share' | 'totals' = 'none'): Promise<ProgramReference | null> {
    const rows: { id: string; title: string; starts_on: string; ends_on: string; archived: boolean }[] = await db.query(
      `SELECT id, title, starts_on::text AS starts_on, ends_on::text AS ends_on, archived_at IS NOT NULL AS archived
         FROM programs WHERE id = $1${LOCK_CLAUSE[lock]}`,
      [programId],
    );
    const row = rows[0];
    return row ? { id: row.id, title: row.title, startsOn: row.starts_on, endsOn: row.ends_on, archived: row.archived } : null;
  }
}
