import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommitmentStatus, Side } from '@common-ground/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Params } from '../../common/database/sql-params';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import { CommitmentEntity } from './commitment.entity';
import { prepared } from '../../common/database/prepared-query';

/** One commitment as the API shows it, with the names it needs (snake_case, dates as 'YYYY-MM-DD' text). */
export interface CommitmentRow {
  id: string;
  partner_id: string;
  partner_name: string;
  communication_id: string | null;
  program_id: string | null;
  program_title: string | null;
  description: string;
  owner_side: Side;
  owner_user_id: string | null;
  owner_user_name: string | null;
  owner_contact_id: string | null;
  owner_contact_name: string | null;
  due_on: string;
  status: CommitmentStatus;
  completed_on: string | null;
  status_changed_at: Date | null;
  status_changed_by: string | null;
  status_changed_by_name: string | null;
  status_reason: string | null;
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  version: number;
  archived_at: Date | null;
}

/** What a list of commitments asks for, already resolved ('me' is an id, "overdue" is a day). */
export interface CommitmentFilter {
  partnerId?: string;
  communicationId?: string;
  programId?: string;
  ownerUserId?: string;
  status?: CommitmentStatus;
  /** Only open commitments due before this day (true) or only the others (false); `today` says which day. */
  overdue?: boolean;
  today: string;
  /** Due strictly before this day. */
  dueBefore?: string;
  /** Due on or after this day. */
  dueFrom?: string;
  /** Due on or before this day. */
  dueTo?: string;
  /** Leave out the commitments of archived partners (what a person's own lists show). */
  livePartnersOnly?: boolean;
  archived: ArchivedFilter;
  descending?: boolean;
}

/** A follow-up about to be inserted; the id is chosen here so the caller can audit and answer without re-reading. */
export interface NewCommitment {
  description: string;
  ownerSide: Side;
  ownerUserId: string | null;
  ownerContactId: string | null;
  dueOn: string;
}

export interface InsertedCommitment extends NewCommitment {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

const VIEW_COLUMNS = `k.id, k.partner_id, p.name AS partner_name, k.communication_id, k.program_id, pg.title AS program_title,
       k.description, k.owner_side,
       k.owner_user_id, ou.name AS owner_user_name, k.owner_contact_id, oc.name AS owner_contact_name,
       k.due_on::text AS due_on, k.status, k.completed_on::text AS completed_on,
       k.status_changed_at, k.status_changed_by, sc.name AS status_changed_by_name, k.status_reason,
       k.created_at, k.updated_at, k.created_by, k.version, k.archived_at`;

const VIEW_JOINS = `JOIN partners p ON p.id = k.partner_id
  LEFT JOIN programs pg ON pg.id = k.program_id
  LEFT JOIN users ou ON ou.id = k.owner_user_id
  LEFT JOIN contacts oc ON oc.id = k.owner_contact_id
  LEFT JOIN users sc ON sc.id = k.status_changed_by`;

@Injectable()
export class CommitmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findView(id: string, db: EntityManager = this.dataSource.manager): Promise<CommitmentRow | null> {
    const rows: CommitmentRow[] = await db.query(`SELECT ${VIEW_COLUMNS} FROM commitments k ${VIEW_JOINS} WHERE k.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The follow-ups in use of several communications at once, each communication's soonest due first. */
  async findLiveForCommunications(communicationIds: readonly string[], db: EntityManager = this.dataSource.manager): Promise<CommitmentRow[]> {
    if (communicationIds.length === 0) return [];
    return db.query(
      `SELECT ${VIEW_COLUMNS} FROM commitments k ${VIEW_JOINS}
        WHERE k.communication_id = ANY($1::uuid[]) AND k.archived_at IS NULL
        ORDER BY k.communication_id, k.due_on, k.created_at, k.id`,
      [communicationIds],
    );
  }

  /**
   * A page of commitments in one statement: filter, sort and page the ids (total from a window count), then the
   * page's rows with their names. `withTotal: false` skips the count when the caller shows a fixed number.
   */
  async list(filter: CommitmentFilter, page: PageRequest, options: { withTotal?: boolean } = {}): Promise<{ rows: CommitmentRow[]; total: number }> {
    const withTotal = options.withTotal ?? true;
    const { sql, params } = buildListQuery(filter, page, withTotal);
    const rows: (CommitmentRow & { total?: number })[] = await this.dataSource.query(sql, params);
    if (!withTotal) return { rows, total: rows.length };
    if (rows.length > 0 || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    // Paged past the end: the window count came with no row; count once more to learn the total.
    const first = buildListQuery(filter, { limit: 1, offset: 0 }, true);
    const firstRows: { total: number }[] = await this.dataSource.query(first.sql, first.params);
    return { rows, total: firstRows[0]?.total ?? 0 };
  }

  /** Locks the row for the rest of the transaction, so two changes of one commitment are applied one after the other. */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<CommitmentEntity | null> {
    return db.getRepository(CommitmentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async save(commitment: CommitmentEntity, db: EntityManager): Promise<CommitmentEntity> {
    return db.getRepository(CommitmentEntity).save(commitment);
  }

  /** Inserts open commitments of one partner (and communication) in one statement, whatever their number. */
  async insertMany(
    shared: { partnerId: string; communicationId: string | null; programId: string | null; createdBy: string },
    items: readonly NewCommitment[],
    db: EntityManager,
  ): Promise<InsertedCommitment[]> {
    if (items.length === 0) return [];
    const ids = items.map(() => randomUUID());
    const rows = await prepared<{ id: string; created_at: Date; updated_at: Date }>(
      db,
      `INSERT INTO commitments (id, partner_id, communication_id, program_id, owner_side, owner_user_id, owner_contact_id, description,
                                due_on, status, created_by, updated_by, version)
       SELECT x.id, $1, $2, $10, x.owner_side, x.owner_user_id, x.owner_contact_id, x.description, x.due_on, 'open', $3, $3, 1
         FROM unnest($4::uuid[], $5::text[], $6::uuid[], $7::uuid[], $8::text[], $9::date[])
              AS x(id, owner_side, owner_user_id, owner_contact_id, description, due_on)
       RETURNING id, created_at, updated_at`,
      [
        shared.partnerId,
        shared.communicationId,
        shared.createdBy,
        ids,
        items.map((item) => item.ownerSide),
        items.map((item) => item.ownerUserId),
        items.map((item) => item.ownerContactId),
        items.map((item) => item.description),
        items.map((item) => item.dueOn),
        shared.programId,
      ],
    );
    const stamps = new Map(rows.map((row) => [row.id, row]));
    return items.map((item, i) => {
      const stamp = stamps.get(ids[i]!)!;
      return { ...item, id: ids[i]!, createdAt: stamp.created_at, updatedAt: stamp.updated_at };
    });
  }

  /**
   * Whether the partner plays a role (in use) in the program: a program duty belongs to a partner taking part. Only
   * asked when a request names a program, so the follow-ups of a quick log never pay for it.
   */
  async partnerHasRole(programId: string, partnerId: string, db: EntityManager): Promise<boolean> {
    const rows: unknown[] = await db.query(
      'SELECT 1 FROM program_roles WHERE partner_id = $1 AND program_id = $2 AND archived_at IS NULL LIMIT 1',
      [partnerId, programId],
    );
    return rows.length > 0;
  }

  /** The communication a commitment comes from: its partner, its day (UTC) and whether it is archived. */
  async findCommunication(id: string, db: EntityManager): Promise<{ partnerId: string; day: string; archived: boolean } | null> {
    const rows: { partner_id: string; day: string; archived: boolean }[] = await db.query(
      `SELECT partner_id, (occurred_at AT TIME ZONE 'UTC')::date::text AS day, archived_at IS NOT NULL AS archived
         FROM communications WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    return row ? { partnerId: row.partner_id, day: row.day, archived: row.archived } : null;
  }
}

function buildListQuery(filter: CommitmentFilter, page: PageRequest, withTotal: boolean): { sql: string; params: unknown[] } {
  const params = new Params();
  const where: string[] = [];
  const joins: string[] = [];
  if (filter.archived === 'false') where.push('k.archived_at IS NULL');
  if (filter.archived === 'true') where.push('k.archived_at IS NOT NULL');
  if (filter.partnerId) where.push(`k.partner_id = ${params.add(filter.partnerId)}::uuid`);
  if (filter.communicationId) where.push(`k.communication_id = ${params.add(filter.communicationId)}::uuid`);
  if (filter.programId) where.push(`k.program_id = ${params.add(filter.programId)}::uuid`);
  if (filter.ownerUserId) where.push(`k.owner_user_id = ${params.add(filter.ownerUserId)}::uuid`);
  if (filter.status) where.push(`k.status = ${params.add(filter.status)}`);
  if (filter.overdue === true) where.push(`(k.status = 'open' AND k.due_on < ${params.add(filter.today)}::date)`);
  if (filter.overdue === false) where.push(`NOT (k.status = 'open' AND k.due_on < ${params.add(filter.today)}::date)`);
  if (filter.dueBefore) where.push(`k.due_on < ${params.add(filter.dueBefore)}::date`);
  if (filter.dueFrom) where.push(`k.due_on >= ${params.add(filter.dueFrom)}::date`);
  if (filter.dueTo) where.push(`k.due_on <= ${params.add(filter.dueTo)}::date`);
  if (filter.livePartnersOnly) {
    joins.push('JOIN partners lp ON lp.id = k.partner_id');
    where.push('lp.archived_at IS NULL');
  }
  const direction = filter.descending ? 'DESC' : 'ASC';
  const order = `k.due_on ${direction}, k.created_at ${direction}, k.id ${direction}`;
  const sql = `WITH page AS (
    SELECT k.id${withTotal ? ', count(*) OVER () AS total' : ''}, row_number() OVER (ORDER BY ${order}) AS position
      FROM commitments k
      ${joins.join('\n      ')}
     ${where.length ? `WHERE ${where.join('\n       AND ')}` : ''}
     ORDER BY ${order}
     LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}
  )
  SELECT ${VIEW_COLUMNS}${withTotal ? ', page.total::int AS total' : ''}
    FROM page
    JOIN commitments k ON k.id = page.id
    ${VIEW_JOINS}
   ORDER BY page.position`;
  return { sql, params: params.values };
}
