import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Channel, type Factor, FACTORS, type FactorTagSign, type Side } from '@common-ground/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Params } from '../../common/database/sql-params';
import type { PageRequest } from '../../common/pagination/page';
import type { ArchivedFilter } from '../../common/records/archived-filter';
import { CommunicationEntity } from './communication.entity';
import { prepared } from '../../common/database/prepared-query';

export interface FactorTag {
  factor: Factor;
  sign: FactorTagSign;
  note: string | null;
}

export interface NamedRecord {
  id: string;
  name: string;
}

/** One communication as the API shows it: participants, tags and author resolved to names (snake_case). */
export interface CommunicationRow {
  id: string;
  partner_id: string;
  partner_name: string;
  occurred_at: Date;
  channel: Channel;
  initiated_by: Side;
  two_way: boolean;
  substantive: boolean;
  summary: string;
  staff_participants: NamedRecord[];
  contact_participants: NamedRecord[];
  factor_tags: FactorTag[];
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  author_name: string | null;
  version: number;
  archived_at: Date | null;
}

/** What a list of communications asks for, already resolved ('me' is an id, days are instants). */
export interface CommunicationFilter {
  partnerId?: string;
  /** occurred_at >= from */
  from?: Date;
  /** occurred_at <= to, or < to when `toExclusive` (the day after a `to` day). */
  to?: Date;
  toExclusive?: boolean;
  channel?: Channel;
  createdBy?: string;
  archived: ArchivedFilter;
  ascending?: boolean;
}

export interface NewCommunication {
  partnerId: string;
  occurredAt: Date;
  channel: Channel;
  initiatedBy: Side;
  twoWay: boolean;
  substantive: boolean;
  summary: string;
  staffParticipantIds: string[];
  contactParticipantIds: string[];
  createdBy: string;
}

/** The fields a person edits; written back whole, with a new version. */
export type CommunicationChanges = Pick<
  CommunicationEntity,
  'occurredAt' | 'channel' | 'initiatedBy' | 'twoWay' | 'substantive' | 'summary' | 'staffParticipantIds' | 'contactParticipantIds' | 'archivedAt'
>;

/** The factors in vocabulary order (fixed codes, safe to write into SQL): factor tags always come back in this order. */
const FACTOR_ORDER = `ARRAY[${FACTORS.keys.map((key) => `'${key}'`).join(', ')}]::text[]`;

/**
 * Participants in the order they were listed, tags in factor order, each as JSON from a correlated subquery: per row
 * of the page only, inside the one statement.
 */
const VIEW_COLUMNS = `c.id, c.partner_id, p.name AS partner_name, c.occurred_at, c.channel, c.initiated_by, c.two_way, c.substantive,
       c.summary,
       (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY x.ord), '[]'::json)
          FROM unnest(c.staff_participant_ids) WITH ORDINALITY AS x(id, ord) JOIN users u ON u.id = x.id) AS staff_participants,
       (SELECT coalesce(json_agg(json_build_object('id', ct.id, 'name', ct.name) ORDER BY x.ord), '[]'::json)
          FROM unnest(c.contact_participant_ids) WITH ORDINALITY AS x(id, ord) JOIN contacts ct ON ct.id = x.id) AS contact_participants,
       (SELECT coalesce(json_agg(json_build_object('factor', t.factor, 'sign', t.sign, 'note', t.note)
                                 ORDER BY array_position(${FACTOR_ORDER}, t.factor)), '[]'::json)
          FROM communication_factor_tags t WHERE t.communication_id = c.id) AS factor_tags,
       c.created_at, c.updated_at, c.created_by, au.name AS author_name, c.version, c.archived_at`;

const VIEW_JOINS = `JOIN partners p ON p.id = c.partner_id
  LEFT JOIN users au ON au.id = c.created_by`;

@Injectable()
export class CommunicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findView(id: string, db: EntityManager = this.dataSource.manager): Promise<CommunicationRow | null> {
    const rows: CommunicationRow[] = await db.query(`SELECT ${VIEW_COLUMNS} FROM communications c ${VIEW_JOINS} WHERE c.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /**
   * A page of communications in one statement: filter, sort and page the ids (total from a window count), then the
   * page's rows with their names and tags. `withTotal: false` skips the count when the caller shows a fixed number,
   * so the newest few come straight off an index.
   */
  async list(filter: CommunicationFilter, page: PageRequest, options: { withTotal?: boolean } = {}): Promise<{ rows: CommunicationRow[]; total: number }> {
    const withTotal = options.withTotal ?? true;
    const { sql, params } = buildListQuery(filter, page, withTotal);
    const rows: (CommunicationRow & { total?: number })[] = await this.dataSource.query(sql, params);
    if (!withTotal) return { rows, total: rows.length };
    if (rows.length > 0 || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    // Paged past the end: the window count came with no row; count once more to learn the total.
    const first = buildListQuery(filter, { limit: 1, offset: 0 }, true);
    const firstRows: { total: number }[] = await this.dataSource.query(first.sql, first.params);
    return { rows, total: firstRows[0]?.total ?? 0 };
  }

  /** Locks the row for the rest of the transaction, so two edits of one communication are applied one after the other. */
  async findByIdForUpdate(id: string, db: EntityManager): Promise<CommunicationEntity | null> {
    return db.getRepository(CommunicationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findTags(communicationId: string, db: EntityManager): Promise<FactorTag[]> {
    return db.query(
      `SELECT factor, sign, note FROM communication_factor_tags WHERE communication_id = $1 ORDER BY array_position(${FACTOR_ORDER}, factor)`,
      [communicationId],
    );
  }

  /** The earliest due day among the communication's follow-ups in use (its day may not move past it); null when none. */
  async earliestFollowUpDue(communicationId: string, db: EntityManager): Promise<string | null> {
    const rows: { due_on: string | null }[] = await db.query(
      'SELECT min(due_on)::text AS due_on FROM commitments WHERE communication_id = $1 AND archived_at IS NULL',
      [communicationId],
    );
    return rows[0]?.due_on ?? null;
  }

  /** Inserts a communication with an id chosen here, so its tags, follow-ups and audit entries need no read-back. */
  /**
   * Inserts a communication with its factor tags in one statement (the tags' insert is a second data-modifying
   * step of it; their foreign key is checked at the statement's end, when the communication is there).
   */
  async insert(communication: NewCommunication, tags: readonly FactorTag[], db: EntityManager): Promise<{ id: string; createdAt: Date; updatedAt: Date }> {
    const id = randomUUID();
    const rows = await prepared<{ created_at: Date; updated_at: Date }>(
      db,
      `WITH inserted AS (
         INSERT INTO communications (id, partner_id, occurred_at, channel, initiated_by, two_way, substantive, summary,
                                     staff_participant_ids, contact_participant_ids, created_by, updated_by, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::uuid[], $10::uuid[], $11, $11, 1)
         RETURNING created_at, updated_at
       ),
       tagged AS (
         INSERT INTO communication_factor_tags (communication_id, factor, sign, note)
         SELECT $1, x.factor, x.sign, x.note FROM unnest($12::text[], $13::text[], $14::text[]) AS x(factor, sign, note)
       )
       SELECT created_at, updated_at FROM inserted`,
      [
        id,
        communication.partnerId,
        communication.occurredAt,
        communication.channel,
        communication.initiatedBy,
        communication.twoWay,
        communication.substantive,
        communication.summary,
        communication.staffParticipantIds,
        communication.contactParticipantIds,
        communication.createdBy,
        tags.map((tag) => tag.factor),
        tags.map((tag) => tag.sign),
        tags.map((tag) => tag.note),
      ],
    );
    return { id, createdAt: rows[0]!.created_at, updatedAt: rows[0]!.updated_at };
  }

  /** Writes an edit and moves the version on, whether the row itself or only its tags changed. */
  async update(id: string, changes: CommunicationChanges, updatedBy: string, db: EntityManager): Promise<void> {
    await db.query(
      `UPDATE communications
          SET occurred_at = $2, channel = $3, initiated_by = $4, two_way = $5, substantive = $6, summary = $7,
              staff_participant_ids = $8::uuid[], contact_participant_ids = $9::uuid[], archived_at = $10,
              updated_by = $11, updated_at = now(), version = version + 1
        WHERE id = $1`,
      [
        id,
        changes.occurredAt,
        changes.channel,
        changes.initiatedBy,
        changes.twoWay,
        changes.substantive,
        changes.summary,
        changes.staffParticipantIds,
        changes.contactParticipantIds,
        changes.archivedAt,
        updatedBy,
      ],
    );
  }

  /** Replaces a communication's factor tags with `tags` (already one per factor). */
  async replaceTags(communicationId: string, tags: readonly FactorTag[], db: EntityManager): Promise<void> {
    await db.query('DELETE FROM communication_factor_tags WHERE communication_id = $1', [communicationId]);
    if (tags.length === 0) return;
    await prepared(
      db,
      `INSERT INTO communication_factor_tags (communication_id, factor, sign, note)
       SELECT $1, x.factor, x.sign, x.note FROM unnest($2::text[], $3::text[], $4::text[]) AS x(factor, sign, note)`,
      [communicationId, tags.map((tag) => tag.factor), tags.map((tag) => tag.sign), tags.map((tag) => tag.note)],
    );
  }
}

function buildListQuery(filter: CommunicationFilter, page: PageRequest, withTotal: boolean): { sql: string; params: unknown[] } {
  const params = new Params();
  const where: string[] = [];
  if (filter.archived === 'false') where.push('c.archived_at IS NULL');
  if (filter.archived === 'true') where.push('c.archived_at IS NOT NULL');
  if (filter.partnerId) where.push(`c.partner_id = ${params.add(filter.partnerId)}::uuid`);
  if (filter.createdBy) where.push(`c.created_by = ${params.add(filter.createdBy)}::uuid`);
  if (filter.channel) where.push(`c.channel = ${params.add(filter.channel)}`);
  if (filter.from) where.push(`c.occurred_at >= ${params.add(filter.from)}`);
  if (filter.to) where.push(`c.occurred_at ${filter.toExclusive ? '<' : '<='} ${params.add(filter.to)}`);
  const direction = filter.ascending ? 'ASC' : 'DESC';
  const order = `c.occurred_at ${direction}, c.id ${direction}`;
  const sql = `WITH page AS (
    SELECT c.id${withTotal ? ', count(*) OVER () AS total' : ''}, row_number() OVER (ORDER BY ${order}) AS position
      FROM communications c
     ${where.length ? `WHERE ${where.join('\n       AND ')}` : ''}
     ORDER BY ${order}
     LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}
  )
  SELECT ${VIEW_COLUMNS}${withTotal ? ', page.total::int AS total' : ''}
    FROM page
    JOIN communications c ON c.id = page.id
    ${VIEW_JOINS}
   ORDER BY page.position`;
  return { sql, params: params.values };
}
